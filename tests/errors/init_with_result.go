package main

import "fmt"

func init() error { // ERROR "func init must have no arguments and no return values"
	return nil
}

func main() {
	fmt.Println("start")
}
