package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

type Report struct {
	Title string
	Lines []string
}

func (r Report) Render(buf *bytes.Buffer) {
	fmt.Fprintf(buf, "== %s ==\n", strings.ToUpper(r.Title))
	for i, l := range r.Lines {
		fmt.Fprintf(buf, "%2d. %s\n", i+1, l)
	}
	buf.WriteString(strings.Repeat("-", len(r.Title)+6))
	buf.WriteByte('\n')
}

func main() {
	var buf bytes.Buffer
	Report{"todo", []string{"write tests", "fix bugs"}}.Render(&buf)
	Report{"done", []string{"design"}}.Render(&buf)
	fmt.Println("rendered bytes:", buf.Len())
	n, err := buf.WriteTo(os.Stdout)
	fmt.Println(n, err, buf.Len())
	var b2 bytes.Buffer
	b2.Grow(64)
	for i := 0; i < 3; i++ {
		b2.WriteString(fmt.Sprint(i))
	}
	fmt.Println(b2.String(), b2.Cap() >= 64)
	b3 := bytes.NewBufferString("unread: ")
	b3.WriteString("rest")
	r, size, _ := b3.ReadRune()
	fmt.Println(string(r), size, b3.String())
	b3.UnreadRune()
	fmt.Println(b3.String())
}
