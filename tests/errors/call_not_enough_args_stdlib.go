package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := []string{"a", "b"}
	fmt.Println(strings.Join(parts)) // ERROR "not enough arguments in call to strings.Join"
}
