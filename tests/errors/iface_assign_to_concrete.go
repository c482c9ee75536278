package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (MyErr) Error() string { return "mine" }

func main() {
	var err error = errors.New("x")
	var m MyErr = err // ERROR "cannot use err \(variable of type error\) as type MyErr in"
	fmt.Println(m)
}
