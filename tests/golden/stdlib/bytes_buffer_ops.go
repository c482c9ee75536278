package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("line one\n")
	buf.Write([]byte("line two\n"))
	buf.WriteByte('3')
	buf.WriteRune('€')
	fmt.Fprintf(&buf, "\nnum=%d\n", 7)
	fmt.Println(buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	lb, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	c, _ := buf.ReadByte()
	r, size, _ := buf.ReadRune()
	fmt.Println(string(c), string(r), size)
	rest := buf.Next(2)
	fmt.Printf("%q %q\n", rest, buf.String())
	p := make([]byte, 100)
	n, err := buf.Read(p)
	fmt.Println(n, err)
	n, err = buf.Read(p)
	fmt.Println(n, err == io.EOF)
	b2 := bytes.NewBufferString("abcdef")
	b2.Truncate(3)
	fmt.Println(b2.String())
	b2.Reset()
	fmt.Println(b2.Len(), b2.String() == "")
	b3 := bytes.NewBuffer([]byte("xyz"))
	var out bytes.Buffer
	k, _ := b3.WriteTo(&out)
	fmt.Println(k, out.String())
}
