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
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v\n", line, err)
	b, _ := buf.ReadByte()
	fmt.Println(string(b), buf.Len())
	p := make([]byte, 4)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p[:n]))
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v %v\n", rest, err, err == io.EOF)
	n, err = buf.Read(p)
	fmt.Println(n, err)
	b2 := bytes.NewBufferString("line1\nline2\nline3")
	for {
		l, err := b2.ReadString('\n')
		fmt.Printf("%q\n", l)
		if err != nil {
			break
		}
	}
	b3 := bytes.NewBuffer([]byte("truncate me"))
	b3.Truncate(8)
	fmt.Println(b3.String())
	b3.Reset()
	fmt.Println(b3.Len(), b3.String() == "")
	var out bytes.Buffer
	out.WriteString("abc")
	fmt.Println(out.Bytes(), string(out.Next(2)), out.String())
}
