package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type RWC interface {
	ReadWriter
	Closer
}

type file struct {
	data   []string
	closed bool
}

func (f *file) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *file) Write(s string) { f.data = append(f.data, s) }
func (f *file) Close() error {
	if f.closed {
		return fmt.Errorf("already closed")
	}
	f.closed = true
	return nil
}

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	f := &file{}
	var rwc RWC = f
	rwc.Write("one")
	rwc.Write("two")
	var r Reader = rwc
	fmt.Println(r.Read())
	rw := rwc.(ReadWriter)
	fmt.Println(rw.Read(), rw.Read() == "")
	fmt.Println(rwc.Close(), rwc.Close())
	_, ok := r.(Closer)
	fmt.Println("reader is closer:", ok)
	var w Writer = f
	_, ok = w.(RWC)
	fmt.Println("writer is RWC:", ok)
	var x interface{} = f
	switch v := x.(type) {
	case RWC:
		fmt.Println("RWC", len(v.(*file).data))
	case Reader:
		fmt.Println("Reader")
	}
	var rc io.ReadCloser = io.NopCloser(upperReader{strings.NewReader("shout")})
	b, _ := io.ReadAll(rc)
	fmt.Println(string(b), rc.Close())
	fmt.Printf("%T\n", rwc)
}
