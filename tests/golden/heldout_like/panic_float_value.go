package main

import "fmt"

type Temperature float64

func main() {
	t := Temperature(-273.5)
	fmt.Println("checking", t)
	if t < -273.15 {
		panic(t)
	}
}
