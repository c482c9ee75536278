package main

import "fmt"

func handler() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("log:", r)
			panic(r)
		}
	}()
	var m map[int]string
	m[1] = "boom"
}

func main() {
	handler()
}
