package main

import "fmt"

func main() {
	var buf [4]int
	buf = append(buf, 1) // ERROR "first argument to append must be a slice; have buf"
	fmt.Println(buf)
}
