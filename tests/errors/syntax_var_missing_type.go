package main

import "fmt"

func main() {
	var count
	count = 3
	fmt.Println(count)
}
