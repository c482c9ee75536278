package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

type Named interface{ Name() string }

func main() {
	var a Animal = Dog{}
	defer func() {
		r := recover()
		fmt.Println(r)
		var e interface{}
		_ = e.(int)
	}()
	_ = a.(Named)
}
