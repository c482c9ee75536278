package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("first line\nsecond line\nno newline at end"))
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			fmt.Printf("%q\n", line)
		}
		if err == io.EOF {
			fmt.Println("reached EOF")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
	}
	rr := bufio.NewReader(strings.NewReader("aé世"))
	for {
		ch, size, err := rr.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%c %d\n", ch, size)
	}
	br := bufio.NewReader(strings.NewReader("xyz"))
	b, _ := br.ReadByte()
	fmt.Println(string(b))
	br.UnreadByte()
	peek, _ := br.Peek(2)
	fmt.Println(string(peek))
	line, isPrefix, err := bufio.NewReader(strings.NewReader("one\ntwo")).ReadLine()
	fmt.Println(string(line), isPrefix, err)
}
