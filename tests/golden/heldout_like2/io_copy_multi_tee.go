package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	var a, b bytes.Buffer
	cw := &countWriter{}
	mw := io.MultiWriter(&a, &b, cw, upper{os.Stdout})
	n, err := io.Copy(mw, strings.NewReader("copied text\n"))
	fmt.Println(n, err, a.String() == b.String(), cw.n)
	var side bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &side)
	all, err := io.ReadAll(tee)
	fmt.Println(string(all), err, side.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	got, _ := io.ReadAll(lr)
	fmt.Println(string(got))
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), strings.NewReader("three"))
	var out strings.Builder
	n, err = io.Copy(&out, mr)
	fmt.Println(n, err, out.String())
	n, err = io.CopyN(os.Stdout, strings.NewReader("partial output here"), 7)
	fmt.Println()
	fmt.Println(n, err)
	n, err = io.CopyN(io.Discard, strings.NewReader("abc"), 10)
	fmt.Println(n, err)
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err)
	io.WriteString(os.Stdout, "written\n")
	sr := strings.NewReader("seekable")
	sr.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(sr)
	fmt.Println(string(rest), sr.Len(), sr.Size())
}
