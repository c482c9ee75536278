package main

import "fmt"

func main() {
	width, height := 640, 480 // ERROR "height declared but not used"
	fmt.Println("width:", width)
}
