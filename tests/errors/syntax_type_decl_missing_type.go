package main

import "fmt"

type Handler

func main() {
	fmt.Println("x")
}
