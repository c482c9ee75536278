package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

type upperWriter struct{ n int }

func (u *upperWriter) Write(p []byte) (int, error) {
	u.n += len(p)
	os.Stdout.Write(bytes.ToUpper(p))
	return len(p), nil
}

func main() {
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d-%s", 12, "ab")
	fmt.Println(n, err, sb.String())
	var buf bytes.Buffer
	fmt.Fprint(&buf, "x", 1, 2)
	fmt.Fprintln(&buf, " y", 3)
	fmt.Print(buf.String())
	u := &upperWriter{}
	fmt.Fprintf(u, "hello %s\n", "world")
	fmt.Fprintln(u, "second", "line")
	fmt.Println("bytes written:", u.n)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "%05.1f|%x\n", 3.14159, "hi")
	w.Flush()
	fmt.Fprintln(os.Stdout, "direct to stdout")
	fmt.Fprintln(os.Stderr, "to stderr (not compared)")
}
