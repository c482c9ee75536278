package main

import (
	"bytes"
	"container/list"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"os"
	"text/tabwriter"
)

type flusher interface {
	io.Writer
	Flush() error
}

func writeAll(w io.Writer, lines ...string) {
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

func main() {
	var tw flusher = tabwriter.NewWriter(os.Stdout, 0, 4, 1, ' ', 0)
	writeAll(tw, "a\tbb\tccc", "dddd\te\tf")
	tw.Flush()
	var w io.Writer = tw
	if f, ok := w.(flusher); ok {
		fmt.Fprintf(f, "x\ty\n")
		f.Flush()
	}
	var h hash.Hash = sha256.New()
	writeAll(h, "abc")
	var hw io.Writer = h
	_, isHash := hw.(hash.Hash)
	fmt.Printf("%x %v\n", h.Sum(nil)[:8], isHash)
	var any interface{} = list.New()
	_, isWriter := any.(io.Writer)
	fmt.Println(isWriter)
	var buf bytes.Buffer
	mw := io.MultiWriter(&buf, h)
	writeAll(mw, "more")
	fmt.Printf("%q %x\n", buf.String(), h.Sum(nil)[:4])
}
