package main

import "fmt"

func main() {
	x := iota // ERROR "cannot use iota outside constant declaration"
	fmt.Println(x)
}
