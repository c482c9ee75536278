package main

import "fmt"

func main() {
	limit := 3.0
	for i := range limit { // ERROR "cannot range over limit \(variable of type float64\)"
		fmt.Println(i)
	}
}
