package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("abc")
	fmt.Println(len(b.buf)) // ERROR "b.buf undefined \(type strings.Builder has no field or"
}
