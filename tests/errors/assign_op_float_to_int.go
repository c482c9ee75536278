package main

import "fmt"

func main() {
	sum := 0
	prices := []float64{1.5, 2.25}
	for _, p := range prices {
		sum += p // ERROR "invalid operation: sum \+= p \(mismatched types int and"
	}
	fmt.Println(sum)
}
