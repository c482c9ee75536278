package main

import "fmt"

type Result struct{ Value int }

func compute() Result {
	return nil // ERROR "cannot use nil as Result value in return statement"
}

func main() {
	fmt.Println(compute())
}
