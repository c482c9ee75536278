package main

import (
	"fmt"
	"unicode/utf8" // ERROR "imported and not used: \"unicode/utf8\""
)

func main() {
	s := "héllo"
	fmt.Println(len(s))
}
