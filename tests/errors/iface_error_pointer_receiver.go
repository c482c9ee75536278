package main

import "fmt"

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func lookup(name string) error {
	return NotFound{Name: name} // ERROR "cannot use NotFound\{…\} \(value of type NotFound\) as type"
}

func main() {
	fmt.Println(lookup("x"))
}
