package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\r\n\ndelta"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  one two\tthree\n four  "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println(n)
	rs := bufio.NewScanner(strings.NewReader("hé\xffl"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Bytes())
	}
	fmt.Println()
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	long.Buffer(make([]byte, 10), 50)
	for long.Scan() {
		fmt.Println(long.Text())
	}
	fmt.Println(long.Err())
	r := bufio.NewReader(strings.NewReader("line one\nline two\nlast"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r2 := bufio.NewReaderSize(strings.NewReader("héllo\r\nworld"), 16)
	c, size, _ := r2.ReadRune()
	fmt.Println(string(c), size, r2.UnreadRune(), r2.Buffered())
	line, prefix, err := r2.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	p, err := r2.Peek(3)
	fmt.Printf("%q %v\n", p, err)
	b, _ := r2.ReadByte()
	fmt.Println(b, r2.UnreadByte())
	rest, err := r2.ReadBytes('x')
	fmt.Printf("%q %v\n", rest, err)
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 16)
	w.WriteString("hello, ")
	fmt.Println(buf.Len(), w.Buffered(), w.Available())
	w.WriteString("buffered world!")
	fmt.Println(buf.Len(), w.Buffered())
	w.WriteByte('!')
	w.WriteRune('é')
	w.Write([]byte(strings.Repeat("z", 40)))
	fmt.Println(buf.Len(), w.Buffered())
	fmt.Println(w.Flush(), buf.Len(), buf.String())
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(out, "to stdout %d\n", 42)
	out.WriteString("done\n")
	fmt.Println("before flush")
	out.Flush()
}
