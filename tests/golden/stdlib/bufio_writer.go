package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "buffered line 1")
	w.WriteString("buffered line 2\n")
	w.WriteByte('x')
	w.WriteRune('→')
	w.WriteString("\n")
	fmt.Fprintf(w, "buffered %d bytes so far\n", w.Buffered())
	var sb strings.Builder
	bw := bufio.NewWriterSize(&sb, 16)
	bw.WriteString("0123456789")
	fmt.Fprintln(w, "builder before flush:", sb.Len(), "buffered:", bw.Buffered(), "available:", bw.Available())
	bw.WriteString("abcdefghij")
	fmt.Fprintln(w, "builder after overflow:", sb.Len(), "buffered:", bw.Buffered())
	bw.Flush()
	fmt.Fprintln(w, "builder after flush:", sb.String())
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "row %d\n", i)
	}
}
