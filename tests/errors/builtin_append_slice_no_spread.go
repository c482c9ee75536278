package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{3, 4}
	a = append(a, b) // ERROR "cannot use b \(variable of type \[\]int\) as type int in"
	fmt.Println(a)
}
