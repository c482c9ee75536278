package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := []byte("  Hello, Bytes World  ")
	fmt.Printf("%q\n", bytes.TrimSpace(b))
	fmt.Printf("%q\n", bytes.ToUpper(b))
	fmt.Println(bytes.Contains(b, []byte("Bytes")), bytes.Index(b, []byte("o")), bytes.LastIndex(b, []byte("o")))
	fmt.Println(bytes.Count(b, []byte("l")), bytes.HasPrefix(b, []byte("  H")), bytes.HasSuffix(b, []byte("d")))
	fmt.Printf("%q\n", bytes.Split([]byte("a-b-c"), []byte("-")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  y z ")))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")))
	fmt.Printf("%q\n", bytes.Replace([]byte("aaaa"), []byte("a"), []byte("b"), 3))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("x.y.z"), []byte("."), nil))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.IndexByte(b, 'W'), bytes.IndexRune(b, 'W'))
	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q\n", bytes.Title([]byte("word one")))
	before, after, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%q %q %v\n", before, after, ok)
	fmt.Printf("%q\n", bytes.TrimPrefix([]byte("prefix.rest"), []byte("prefix.")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune { return r + 1 }, []byte("HAL")))
}
