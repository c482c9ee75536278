package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	fmt.Println(arr[2:6]) // ERROR "invalid argument: index 6 out of bounds \[0:6\]"
}
