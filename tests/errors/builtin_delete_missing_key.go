package main

import "fmt"

func main() {
	cache := map[string]int{"a": 1}
	delete(cache) // ERROR "invalid operation: not enough arguments for delete\(cache\)"
	fmt.Println(cache)
}
