package main

import "fmt"

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	fmt.Println(a[1:3:]) // ERROR "final index required in 3-index slice"
}
