package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func pump(r Reader, w Writer) int {
	n := 0
	for s := r.Read(); s != ""; s = r.Read() {
		w.Write(strings.ToUpper(s))
		n++
	}
	return n
}

func main() {
	src := &Buffer{}
	var rw ReadWriter = src
	rw.Write("alpha")
	rw.Write("beta")
	dst := &Buffer{}
	var r Reader = rw
	n := pump(r, dst)
	fmt.Println(n, dst.data)
	var w Writer = dst
	if rw2, ok := w.(ReadWriter); ok {
		fmt.Println(rw2.Read(), rw2.Read(), rw2.Read() == "")
	}
	_, isR := interface{}(w).(Reader)
	fmt.Println(isR)
}
