package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("boom")
	var msg string = err // ERROR "cannot use err \(variable of type error\) as type string in"
	fmt.Println(msg)
}
