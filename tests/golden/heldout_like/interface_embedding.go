package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct {
	name string
	data []string
	pos  int
}

func (f *File) Read() string {
	if f.pos >= len(f.data) {
		return ""
	}
	s := f.data[f.pos]
	f.pos++
	return s
}

func (f *File) Write(s string) int {
	f.data = append(f.data, s)
	return len(s)
}

type Upper struct {
	Writer
}

func (u Upper) Write(s string) int { return u.Writer.Write(strings.ToUpper(s)) }

type CountingWriter struct {
	W     Writer
	Total int
}

func (c *CountingWriter) Write(s string) int {
	n := c.W.Write(s)
	c.Total += n
	return n
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for s := src.Read(); s != ""; s = src.Read() {
		n += dst.Write(s)
	}
	return n
}

func main() {
	src := &File{name: "src", data: []string{"alpha", "beta", "gamma"}}
	dst := &File{name: "dst"}
	cw := &CountingWriter{W: Upper{dst}}
	n := copyAll(cw, src)
	fmt.Println(n, cw.Total, dst.data)
	var rw ReadWriter = dst
	fmt.Println(rw.Read(), rw.Read())
	var w Writer = rw
	w.Write("delta")
	if r, ok := w.(Reader); ok {
		fmt.Println("writer is also reader:", r.Read(), r.Read())
	}
	_, ok := Writer(Upper{dst}).(Reader)
	fmt.Println("Upper is reader:", ok)
	fmt.Printf("%T %T %T\n", rw, w, Writer(cw))
	var u Upper
	defer func() { fmt.Println("recovered:", recover()) }()
	u.Write("boom")
}
