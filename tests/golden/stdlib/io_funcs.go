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

type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	p[0] = r.s[r.i]
	r.i++
	return 1, nil
}

func main() {
	b, err := io.ReadAll(strings.NewReader(strings.Repeat("x", 1000)))
	fmt.Println(len(b), cap(b), err)
	b, err = io.ReadAll(&slowReader{s: "slow data"})
	fmt.Println(string(b), err)
	var buf bytes.Buffer
	n, err := io.Copy(&buf, strings.NewReader("copied text"))
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(os.Stdout, strings.NewReader("first five chars\n"), 5)
	fmt.Println()
	fmt.Println(n, err)
	n, err = io.CopyN(&buf, strings.NewReader("abc"), 10)
	fmt.Println(n, err)
	p := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), p)
	fmt.Println(k, err)
	k, err = io.ReadFull(&slowReader{s: "abcdef"}, p)
	fmt.Println(k, err, string(p))
	k, err = io.ReadAtLeast(strings.NewReader(""), p, 2)
	fmt.Println(k, err)
	io.WriteString(upper{os.Stdout}, "shouted\n")
	io.WriteString(os.Stdout, "plain\n")
	io.Copy(upper{os.Stdout}, &slowReader{s: "via copy\n"})
}
