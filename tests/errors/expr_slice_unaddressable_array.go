package main

import "fmt"

func digits() [4]int { return [4]int{1, 2, 3, 4} }

func main() {
	fmt.Println(digits()[1:]) // ERROR "invalid operation: digits\(\) \(value of type \[4\]int\) \(slice"
}
