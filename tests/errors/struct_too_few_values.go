package main

import "fmt"

type Color struct {
	R, G, B uint8
}

func main() {
	red := Color{255, 0} // ERROR "too few values in Color\{…\}"
	fmt.Println(red)
}
