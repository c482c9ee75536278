package main

import "fmt"

func main() {
	items := []int{1, 2, 3}
	for _, it := range items {
		sum += it // ERROR "undefined: sum"
	}
	fmt.Println(items)
}
