package main

import (
	"fmt"
	"strings"
)

func main() {
	fields := strings.Split("a,b,c", ',') // ERROR "cannot use ',' \(untyped rune constant 44\) as string value"
	fmt.Println(fields)
}
