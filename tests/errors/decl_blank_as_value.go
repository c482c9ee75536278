package main

import "fmt"

func main() {
	_ = 5
	x := _ // ERROR "cannot use _ as value or type"
	fmt.Println(x)
}
