package main

import "fmt"

func main() {
	for i := 0; i < 3; j := i + 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
		fmt.Println(i, j)
	}
}
