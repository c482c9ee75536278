package main

import "fmt"

func main() {
	var sep rune = '' // ERROR "empty rune literal or unescaped '"
	fmt.Println(sep)
}
