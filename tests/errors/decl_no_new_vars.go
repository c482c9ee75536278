package main

import "fmt"

func main() {
	a := 10
	a := 20 // ERROR "no new variables on left side of :="
	fmt.Println(a)
}
