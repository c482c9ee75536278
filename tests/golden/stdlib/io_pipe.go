package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func produce(w *io.PipeWriter, lines int) {
	for i := 1; i <= lines; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	w.Close()
}

func main() {
	// A scanner (a native reader) over a pipe fed by fmt.Fprintf in a goroutine.
	pr, pw := io.Pipe()
	go produce(pw, 3)
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	// Script reads: one Read per Write, and several Reads for a long Write.
	pr2, pw2 := io.Pipe()
	done := make(chan string, 1)
	go func() {
		n, err := pw2.Write([]byte("abcdefgh"))
		pw2.Write([]byte("xy"))
		pw2.CloseWithError(errors.New("producer failed"))
		done <- fmt.Sprint("wrote ", n, " ", err)
	}()
	buf := make([]byte, 3)
	for {
		n, err := pr2.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println(<-done)

	// io.Copy from a pipe into stdout; the writer is a script loop using the Write method.
	pr3, pw3 := io.Pipe()
	go func() {
		for _, word := range []string{"alpha ", "beta ", "gamma\n"} {
			pw3.Write([]byte(word))
		}
		pw3.Close()
	}()
	n, err := io.Copy(os.Stdout, pr3)
	fmt.Println(n, err)

	// Writing after the reader closed.
	pr4, pw4 := io.Pipe()
	pr4.Close()
	_, err = pw4.Write([]byte("lost"))
	fmt.Println(err, err == io.ErrClosedPipe)
	_, err = pr4.Read(buf)
	fmt.Println(err)
	pr5, pw5 := io.Pipe()
	pr5.CloseWithError(errors.New("reader gone"))
	_, err = io.WriteString(pw5, "x")
	fmt.Println(err)

	// ReadAll through a pipe whose writer uses a bufio.Writer.
	pr6, pw6 := io.Pipe()
	go func() {
		bw := bufio.NewWriter(pw6)
		bw.WriteString(strings.Repeat("ab", 3))
		bw.Flush()
		pw6.Close()
	}()
	all, err := io.ReadAll(pr6)
	fmt.Println(string(all), err)
}
