package main

import "fmt"

func helper(x int) int // ERROR "missing function body"

func main() {
	fmt.Println(helper(1))
}
