package main

import (
	"fmt"
	"io"
)

func main() {
	pr, _ := io.Pipe()
	fmt.Println("start")
	b, err := io.ReadAll(pr)
	fmt.Println(b, err)
}
