package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
}

func (b *Buffer) Read() (string, bool) {
	if len(b.data) == 0 {
		return "", false
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s, true
}

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type UpperWriter struct {
	Writer
}

func (u UpperWriter) Write(s string) { u.Writer.Write(strings.ToUpper(s)) }

func copyAll(dst Writer, src Reader) int {
	n := 0
	for {
		s, ok := src.Read()
		if !ok {
			return n
		}
		dst.Write(s)
		n++
	}
}

func main() {
	src := &Buffer{}
	var rw ReadWriter = src
	rw.Write("hello")
	rw.Write("world")
	dst := &Buffer{}
	n := copyAll(UpperWriter{dst}, src)
	fmt.Println(n, dst.data, len(src.data))
	var r Reader = dst
	if w, ok := r.(Writer); ok {
		w.Write("extra")
	}
	fmt.Println(dst.data)
	_, isRW := r.(ReadWriter)
	fmt.Println(isRW)
	var w Writer = UpperWriter{dst}
	_, isReader := w.(Reader)
	fmt.Println(isReader)
}
