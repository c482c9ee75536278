package main

import "fmt"

func main() {
	s := "hello"
	b := []byte("world")
	copy(s, b) // ERROR "invalid argument: copy expects slice arguments; found s"
	fmt.Println(s)
}
