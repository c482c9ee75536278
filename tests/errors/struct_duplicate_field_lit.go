package main

import "fmt"

type Options struct {
	Verbose bool
	Depth   int
}

func main() {
	o := Options{Verbose: true, Depth: 2, Verbose: false} // ERROR "duplicate field name Verbose in struct literal"
	fmt.Println(o)
}
