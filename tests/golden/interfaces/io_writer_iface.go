package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type CountingWriter struct {
	W     io.Writer
	Bytes int
	Calls int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	c.Calls++
	n, err := c.W.Write(p)
	c.Bytes += n
	return n, err
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func report(w io.Writer, items map[string]int) {
	fmt.Fprintf(w, "%d items\n", len(items))
	for _, k := range []string{"apples", "pears"} {
		fmt.Fprintf(w, "  %-8s %3d\n", k, items[k])
	}
}

func main() {
	cw := &CountingWriter{W: os.Stdout}
	report(cw, map[string]int{"apples": 3, "pears": 12})
	fmt.Println("bytes:", cw.Bytes, "calls:", cw.Calls)
	var buf bytes.Buffer
	report(upperWriter{&buf}, map[string]int{"apples": 1})
	fmt.Print(buf.String())
	var sb strings.Builder
	var w io.Writer = &sb
	io.WriteString(w, "via io.WriteString")
	fmt.Println(sb.String())
	_, isStringer := w.(fmt.Stringer)
	fmt.Println(isStringer)
}
