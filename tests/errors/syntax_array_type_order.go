package main

import "fmt"

func main() {
	var xs int[] // ERROR "syntax error: unexpected \], expecting type"
	fmt.Println(xs)
}
