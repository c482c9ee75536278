package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Println(buf.Len(), buf.String())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p[:n]), buf.Len())
	b, err := buf.ReadByte()
	fmt.Println(string(b), err)
	buf.UnreadByte()
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, err := buf.ReadRune()
	fmt.Println(string(r), size, err)
	n, err = buf.Read(p)
	fmt.Println(n, err)
	buf.Reset()
	fmt.Fprintf(&buf, "%d-%s", 7, "x")
	fmt.Println(buf.String())
	buf.Truncate(1)
	fmt.Println(buf.String())
	nb := bytes.NewBufferString("line1\nline2\nline3")
	for {
		l, err := nb.ReadBytes('\n')
		fmt.Printf("%q ", l)
		if err == io.EOF {
			break
		}
	}
	fmt.Println()
	nb2 := bytes.NewBuffer([]byte("abcdef"))
	fmt.Println(string(nb2.Next(2)), nb2.String())
	var out bytes.Buffer
	k, err := nb2.WriteTo(&out)
	fmt.Println(k, err, out.String(), nb2.Len())
	var in bytes.Buffer
	m, err := in.ReadFrom(bytes.NewReader([]byte("from reader")))
	fmt.Println(m, err, in.String())
	fmt.Println(bytes.Equal(in.Bytes(), []byte("from reader")), bytes.Contains(in.Bytes(), []byte("read")))
	fmt.Println(bytes.ToUpper([]byte("abc")), string(bytes.TrimSpace([]byte("  x  "))))
	fmt.Printf("%s %q\n", bytes.Split([]byte("a b c"), []byte(" ")), bytes.Fields([]byte(" p  q ")))
}
