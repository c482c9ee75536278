package main

import "fmt"

func main() {
	var words []string
	words = map[string]bool{"a": true} // ERROR "cannot use map\[string\]bool\{…\} \(value of type"
	fmt.Println(words)
}
