package main

import "fmt"

func main(args []string) { // ERROR "func main must have no arguments and no return values"
	fmt.Println(args)
}
