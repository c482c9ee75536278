package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{}

func (Dog) Sound() string { return "woof" }

func main() {
	dogs := []Dog{{}, {}}
	var animals []Animal = dogs // ERROR "cannot use dogs \(variable of type \[\]Dog\) as type \[\]Animal"
	fmt.Println(animals)
}
