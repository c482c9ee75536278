package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	delete(xs, 0) // ERROR "invalid argument: xs \(variable of type \[\]int\) is not a map"
	fmt.Println(xs)
}
