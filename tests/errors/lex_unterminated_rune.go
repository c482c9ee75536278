package main

import "fmt"

func main() {
	c := 'a
	fmt.Println(c)
}
