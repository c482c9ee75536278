package main

import "fmt"

func main() {
	words := []string{"a", "b"}
	fmt.Println(strings.Join(words, ",")) // ERROR "undefined: strings"
}
