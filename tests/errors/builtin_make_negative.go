package main

import "fmt"

func main() {
	s := make([]string, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not"
	fmt.Println(s)
}
