package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct{ n int }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

func main() {
	n, err := io.Copy(os.Stdout, strings.NewReader("copied to stdout\n"))
	fmt.Println(n, err)
	var buf bytes.Buffer
	io.WriteString(&buf, "hello ")
	io.WriteString(&buf, "io")
	fmt.Println(buf.String())
	p := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), p)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), p)
	fmt.Println(k, err == io.EOF)
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	all, _ := io.ReadAll(lr)
	fmt.Println(string(all))
	cw := &countingWriter{}
	mw := io.MultiWriter(cw, &buf)
	fmt.Fprintf(mw, "[%d]", 42)
	fmt.Println(cw.n, buf.String())
	var w io.Writer = cw
	_, isStringWriter := w.(io.StringWriter)
	fmt.Println(isStringWriter)
}
