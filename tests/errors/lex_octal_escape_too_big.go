package main

import "fmt"

func main() {
	c := '\400' // ERROR "octal escape value 256 > 255"
	fmt.Println(c)
}
