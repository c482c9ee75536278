package main

import "fmt"

func main() {
	name := "go"
	fmt.Println("hello", name
}
