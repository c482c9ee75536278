package main

import "fmt"

func main() {
	names := []string{"ann", "bob"}
	count := 0 // ERROR "count declared but not used"
	for _, n := range names {
		fmt.Println(n)
	}
}
