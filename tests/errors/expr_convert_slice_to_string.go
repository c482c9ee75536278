package main

import "fmt"

func main() {
	nums := []int{72, 105}
	fmt.Println(string(nums)) // ERROR "cannot convert nums \(variable of type \[\]int\) to type string"
}
