package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("header: value\nbody line\nλx\nno newline"))
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, _ := r.Peek(4)
	fmt.Printf("peek %q\n", b)
	bl, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", bl, isPrefix, err)
	ru, size, _ := r.ReadRune()
	fmt.Printf("%q %d\n", ru, size)
	r.UnreadRune()
	ru, _, _ = r.ReadRune()
	bt, _ := r.ReadByte()
	fmt.Printf("%q %q\n", ru, bt)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err == io.EOF)

	w := bufio.NewWriterSize(os.Stdout, 32)
	fmt.Println("buffered:", w.Buffered(), "available:", w.Available())
	w.WriteString("written to buffer\n")
	w.WriteByte('>')
	w.WriteRune('✓')
	fmt.Fprintf(w, " %d\n", w.Buffered())
	fmt.Println("before flush")
	w.Flush()
	fmt.Println("after flush", w.Buffered())
}
