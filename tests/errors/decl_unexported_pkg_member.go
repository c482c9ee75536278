package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.builder // ERROR "undefined: strings.builder"
	fmt.Println(b)
}
