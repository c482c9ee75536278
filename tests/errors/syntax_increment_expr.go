package main

import "fmt"

func main() {
	i := 0
	j := i++ // ERROR "syntax error: unexpected \+\+ at end of statement"
	fmt.Println(i, j)
}
