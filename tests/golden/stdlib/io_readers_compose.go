package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// upper is a script Reader that upper-cases what its source gives.
type upper struct{ src io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.src.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type logWriter struct{ calls []int }

func (l *logWriter) Write(p []byte) (int, error) {
	l.calls = append(l.calls, len(p))
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 1, errors.New("disk full") }

func main() {
	n, err := io.Copy(os.Stdout, io.LimitReader(strings.NewReader("hello, world\n"), 5))
	fmt.Println()
	fmt.Println(n, err)

	mr := io.MultiReader(strings.NewReader("one\ntwo\n"), upper{strings.NewReader("three\n")}, bytes.NewBufferString("four\n"))
	sc := bufio.NewScanner(mr)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(sc.Err())

	var log bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &log)
	all, err := io.ReadAll(upper{tee})
	fmt.Printf("%s %q %v\n", all, log.String(), err)

	lw := &logWriter{}
	var sb strings.Builder
	mw := io.MultiWriter(lw, &sb, io.MultiWriter(&log))
	fmt.Fprintf(mw, "x=%d;", 7)
	io.WriteString(mw, "tail")
	fmt.Println(lw.calls, sb.String(), log.String())
	k, err := io.MultiWriter(&sb, failWriter{}).Write([]byte("abc"))
	fmt.Println(k, err, sb.String())

	lr := io.LimitReader(strings.NewReader("0123456789"), 3)
	buf := make([]byte, 8)
	for i := 0; i < 3; i++ {
		n, err := lr.Read(buf)
		fmt.Println(n, err, string(buf[:n]))
	}
	l, ok := lr.(*io.LimitedReader)
	fmt.Printf("%T %v %d\n", lr, ok, l.N)

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b, _ := io.ReadAll(sr)
	fmt.Println(string(b), sr.Size())
	off, err := sr.Seek(1, io.SeekStart)
	fmt.Println(off, err)
	n2, err := sr.ReadAt(buf[:4], 2)
	fmt.Println(n2, err, string(buf[:n2]))

	rc := io.NopCloser(strings.NewReader("closer"))
	c, _ := io.ReadAll(rc)
	fmt.Println(string(c), rc.Close())
	var r io.Reader = rc
	_, isCloser := r.(io.Closer)
	fmt.Println(isCloser)

	dn, err := io.Copy(io.Discard, strings.NewReader(strings.Repeat("z", 100000)))
	fmt.Println(dn, err)
	fmt.Fprintln(io.Discard, "nothing")
	_, err = io.ReadFull(mr, buf)
	fmt.Println(err == io.EOF, io.ErrShortWrite, io.ErrClosedPipe, io.ErrShortBuffer)
}
