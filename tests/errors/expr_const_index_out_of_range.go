package main

import "fmt"

func main() {
	days := [7]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
	fmt.Println(days[7]) // ERROR "invalid argument: index 7 out of bounds \[0:7\]"
}
