package main

import "fmt"

func main() {
	colors := []string{
		"red",
		"green",
		"blue"
	}
	fmt.Println(colors)
}
