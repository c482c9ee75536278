package main

import "fmt"

func validate(age int) {
	if age < 0 {
		panic(fmt.Sprintf("invalid age %d: must not be negative", age))
	}
	fmt.Println("age ok:", age)
}

func main() {
	defer fmt.Println("deferred call runs before the crash")
	validate(30)
	validate(-4)
	fmt.Println("not reached")
}
