package main

import "fmt"

type Key struct {
	Name  string
	Attrs map[string]string
}

func main() {
	cache := make(map[Key]int) // ERROR "invalid map key type Key"
	fmt.Println(len(cache))
}
