package main

import "fmt"

func main() {
	names := []string{"a", "b"}
	i := 1.0
	fmt.Println(names[i]) // ERROR "invalid argument: index i \(variable of type float64\) must"
}
