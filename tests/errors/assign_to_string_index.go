package main

import "fmt"

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	fmt.Println(s)
}
