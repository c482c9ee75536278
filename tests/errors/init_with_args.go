package main

import "fmt"

var ready bool

func init(flag bool) { // ERROR "func init must have no arguments and no return values"
	ready = flag
}

func main() {
	fmt.Println(ready)
}
