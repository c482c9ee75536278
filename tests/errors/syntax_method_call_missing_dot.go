package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings ToUpper("x") // ERROR "syntax error: unexpected ToUpper at end of statement"
	fmt.Println(s)
}
