package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.Cap(), buf.String() == "")
	buf.WriteString("hello ")
	buf.WriteByte('w')
	buf.WriteRune('ö')
	buf.Write([]byte("rld\nline2\nend"))
	fmt.Println(buf.Len(), buf.Cap(), buf.String())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	b, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	for i := 0; i < 20; i++ {
		buf.WriteString("0123456789")
	}
	fmt.Println(buf.Len(), buf.Cap())
	fmt.Println(string(buf.Next(5)), buf.Len())
	c, _ := buf.ReadByte()
	fmt.Println(c, buf.UnreadByte(), buf.UnreadByte())
	buf.Truncate(3)
	fmt.Println(buf.String())
	buf.Reset()
	buf.WriteString("añb")
	r, size, err := buf.ReadRune()
	fmt.Println(r, size, err)
	r, size, err = buf.ReadRune()
	fmt.Println(r, size, err, buf.UnreadRune(), buf.Len())
	p := make([]byte, 2)
	n, err := buf.Read(p)
	fmt.Println(n, err, p)
	n, err = buf.Read(p)
	fmt.Println(n, err)
	n, err = buf.Read(p)
	fmt.Println(n, err)
	nb := bytes.NewBufferString("seed")
	nb.WriteString("+more")
	fmt.Println(nb.String(), nb.Len())
	nb2 := bytes.NewBuffer(make([]byte, 0, 100))
	nb2.WriteString("x")
	fmt.Println(nb2.Len(), nb2.Cap())
	var g bytes.Buffer
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap())
	fmt.Println(string(g.Bytes()) == "")
}
