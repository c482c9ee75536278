package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("first line\nsecond line\nno newline"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q err=%v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	r2 := bufio.NewReader(strings.NewReader("peek-a-boo"))
	p, _ := r2.Peek(4)
	fmt.Println(string(p))
	b, _ := r2.ReadByte()
	r2.UnreadByte()
	ru, size, _ := r2.ReadRune()
	fmt.Println(string(b), string(ru), size, r2.Buffered())
	rest, _ := io.ReadAll(r2)
	fmt.Println(string(rest))
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	w.WriteByte('>')
	w.WriteRune('✓')
	w.WriteString("\n")
	fmt.Println("available > 0:", w.Available() > 0, "buffered:", w.Buffered())
	w.Flush()
	fmt.Println("after flush")
	rs := strings.NewReader("héllo")
	for {
		c, n, err := rs.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(c), n, " ")
	}
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(os.Stdout))
	s, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + s)
	rw.Flush()
	lr := bufio.NewReader(strings.NewReader("a\r\nb"))
	line, prefix, err := lr.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
}
