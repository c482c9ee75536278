package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func check(age int) {
	if age < 0 {
		panic(&ValidationError{"age", age})
	}
	fmt.Println("age ok:", age)
}

func main() {
	check(30)
	check(-4)
}
