package main

import "fmt"

func main() {
	count := 0
	ratio := 0.5
	count = ratio // ERROR "cannot use ratio \(variable of type float64\) as type int in"
	fmt.Println(count)
}
