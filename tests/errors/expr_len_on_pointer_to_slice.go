package main

import "fmt"

func count(xs *[]int) int {
	return len(xs) // ERROR "invalid argument: xs \(variable of type \*\[\]int\) for len"
}

func main() {
	xs := []int{1}
	fmt.Println(count(&xs))
}
