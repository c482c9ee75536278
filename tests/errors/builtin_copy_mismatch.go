package main

import "fmt"

func main() {
	src := []string{"a", "b"}
	dst := make([]int, 2)
	n := copy(dst, src) // ERROR "invalid argument: arguments to copy dst \(variable of type"
	fmt.Println(n, dst)
}
