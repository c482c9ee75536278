package main

import "fmt"

func main() {
	xs := []int{1, 2}
	append(xs, 3) // ERROR "append\(xs, 3\) \(value of type \[\]int\) is not used"
	fmt.Println(xs)
}
