package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, Gophers")
	fmt.Println(bytes.Contains(a, []byte("Go")), bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("rs")), bytes.Count(a, []byte("e")))
	fmt.Printf("%s\n", bytes.ToUpper(a))
	fmt.Printf("%s\n", bytes.ToLower(a))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  x  y z ")))
	fmt.Printf("%q\n", bytes.TrimSpace([]byte("\t padded \n")))
	fmt.Printf("%q\n", bytes.Trim([]byte("xxyxx"), "x"))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte("--")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("banana"), []byte("an"), []byte("AN")))
	fmt.Printf("%s\n", bytes.Replace([]byte("banana"), []byte("a"), []byte("_"), 2))
	fmt.Println(bytes.IndexByte(a, ','), bytes.IndexRune([]byte("héllo"), 'l'), bytes.ContainsAny(a, "xyz!"))
	fmt.Println(bytes.EqualFold([]byte("GO"), []byte("go")))
	before, after, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, ok)
	fmt.Printf("%s\n", bytes.Title([]byte("two words")))
	fmt.Printf("%s|%s\n", bytes.TrimPrefix(a, []byte("Hello, ")), bytes.TrimSuffix(a, []byte("s")))
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.LastIndexByte(a, 'o'), bytes.IndexAny(a, "Gx"))
	parts := bytes.Split([]byte("aa,bb,cc"), []byte(","))
	fmt.Println(len(parts[0]), cap(parts[0]), cap(parts[2]))
}
