package main

import "fmt"

func main() {
	sep := '\s' // ERROR "unknown escape"
	fmt.Println(sep)
}
