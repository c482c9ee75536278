package main

import "fmt"

func main() {
	remaining := 3
	for remaining { // ERROR "non-boolean condition in for statement"
		remaining--
		fmt.Println(remaining)
	}
}
