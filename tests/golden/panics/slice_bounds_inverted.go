package main

import (
	"fmt"
	"strings"
)

func between(s, open, close string) string {
	start := strings.Index(s, open) + len(open)
	end := strings.Index(s, close)
	return s[start:end]
}

func main() {
	fmt.Println(between("f(x)", "(", ")"))
	fmt.Println(between("a[1]", "[", "]"))
	fmt.Println(between("closed) before (open", "(", ")"))
}
