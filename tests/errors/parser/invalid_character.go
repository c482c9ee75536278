package main

import "fmt"

func main() {
	price := 3 @ 4 // ERROR "invalid character U\\+0040 '@'"
	fmt.Println(price)
}
