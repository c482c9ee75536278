package main

import "fmt"

const greeting = "hey"

func main() {
	fmt.Println(greeting[3]) // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
}
