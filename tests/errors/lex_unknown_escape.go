package main

import "fmt"

func main() {
	path := "C:\temp\data" // ERROR "unknown escape"
	fmt.Println(path)
}
