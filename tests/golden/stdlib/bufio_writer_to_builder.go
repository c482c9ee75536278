package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var sb strings.Builder
	w := bufio.NewWriterSize(&sb, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(w, "line %d\n", i)
		fmt.Printf("after %d: builder has %d bytes, buffered %d\n", i, sb.Len(), w.Buffered())
	}
	w.Flush()
	fmt.Printf("flushed: %d bytes\n", sb.Len())
	fmt.Print(sb.String())
	sc := bufio.NewScanner(strings.NewReader(sb.String()))
	total := 0
	for sc.Scan() {
		n, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "line "))
		if err == nil {
			total += n
		}
	}
	fmt.Println("sum of line numbers:", total)
}
