package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

type Table struct {
	headers []string
	rows    [][]string
}

func (t *Table) Render(w *bufio.Writer) {
	widths := make([]int, len(t.headers))
	for i, h := range t.headers {
		widths[i] = len(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	line := func(cells []string) {
		for i, c := range cells {
			fmt.Fprintf(w, "| %-*s ", widths[i], c)
		}
		fmt.Fprintln(w, "|")
	}
	sep := "+"
	for _, wd := range widths {
		sep += strings.Repeat("-", wd+2) + "+"
	}
	fmt.Fprintln(w, sep)
	line(t.headers)
	fmt.Fprintln(w, sep)
	for _, r := range t.rows {
		line(r)
	}
	fmt.Fprintln(w, sep)
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.String())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	buf.Reset()
	fmt.Println(buf.Len(), bytes.Equal([]byte("a"), []byte("a")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.ToUpper([]byte("abc")), string(bytes.TrimSpace([]byte("  x  "))))
	fmt.Printf("%s\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), string(bytes.Repeat([]byte("ab"), 2)))
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	t := &Table{[]string{"Name", "Lang", "Stars"}, [][]string{{"vitro", "C++", "12"}, {"gopher-lua", "Go", "5600"}, {"x", "", "0"}}}
	t.Render(w)
	fmt.Fprintf(w, "buffered: %d\n", w.Buffered())
}
