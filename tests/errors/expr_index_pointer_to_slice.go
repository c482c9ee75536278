package main

import "fmt"

func first(xs *[]string) string {
	return xs[0] // ERROR "invalid operation: cannot index xs \(variable of type"
}

func main() {
	s := []string{"a"}
	fmt.Println(first(&s))
}
