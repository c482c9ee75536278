package main

import (
	"fmt"
	"io"
	"strings"
)

func describe(w io.Writer) string {
	return w.(fmt.Stringer).String()
}

func main() {
	var sb strings.Builder
	sb.WriteString("builder content")
	fmt.Println(describe(&sb))
	var w io.Writer
	fmt.Println("writer is nil:", w == nil)
	fmt.Println(describe(w))
}
