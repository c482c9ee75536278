package main

import (
	"bytes"
	"fmt"
	"sync"
)

var created int

var pool = sync.Pool{
	New: func() interface{} {
		created++
		return new(bytes.Buffer)
	},
}

func render(name string, n int) string {
	buf := pool.Get().(*bytes.Buffer)
	defer pool.Put(buf)
	buf.Reset()
	fmt.Fprintf(buf, "%s:", name)
	for i := 0; i < n; i++ {
		buf.WriteByte('*')
	}
	return buf.String()
}

func main() {
	fmt.Println(render("a", 3))
	fmt.Println(render("b", 5))
	fmt.Println(render("c", 0))
	fmt.Println("created at least one:", created >= 1)
	var p sync.Pool
	fmt.Println(p.Get() == nil)
	p.Put("x")
	v := p.Get()
	fmt.Println(v == nil || v == "x")
}
