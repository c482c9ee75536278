package main

import "fmt"

func main() {
	fmt.Println("tab\q") // ERROR "unknown escape"
}
