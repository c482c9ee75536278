package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

// upperWriter is a script io.Writer: Fprint calls its Write method once per call.
type upperWriter struct {
	calls int
	out   strings.Builder
}

func (w *upperWriter) Write(p []byte) (int, error) {
	w.calls++
	w.out.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

// failingWriter reports an error after a few bytes.
type failingWriter struct{}

func (failingWriter) Write(p []byte) (int, error) {
	if len(p) > 3 {
		return 3, errors.New("disk full")
	}
	return len(p), nil
}

func main() {
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d-%s|", 7, "seven")
	fmt.Println(n, err)
	fmt.Fprint(&sb, "a", 1, 2, "b")
	fmt.Fprintln(&sb, " end", 3.5)
	fmt.Printf("%q\n", sb.String())

	var buf bytes.Buffer
	fmt.Fprintf(&buf, "[%5.1f]", 2.25)
	fmt.Fprintln(&buf, []int{1, 2}, map[string]int{"z": 1, "a": 2})
	fmt.Print(buf.String())

	bw := bufio.NewWriter(os.Stdout)
	n, err = fmt.Fprintf(bw, "buffered %v\n", true)
	fmt.Println("before flush", n, err)
	bw.Flush()

	w := &upperWriter{}
	fmt.Fprintf(w, "hello %s, ", "world")
	fmt.Fprintln(w, "again", 42)
	fmt.Print(w.out.String())
	fmt.Println("calls:", w.calls)

	n, err = fmt.Fprint(failingWriter{}, "abcdef")
	fmt.Println(n, err)
	n, err = fmt.Fprint(failingWriter{}, "ab")
	fmt.Println(n, err)

	n, err = fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr (not compared)")
	n, err = fmt.Fprintf(os.Stdout, "%s|%5s|\n", "x", "y")
	fmt.Println(n, err)
}
