package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("first:", r)
		panic(r.(int) > 5)
	}()
	panic(7)
}
