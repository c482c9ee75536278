package main

import (
	"errors"
	"fmt"
)

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "caught:", r)
		panic(fmt.Errorf("%s: re-panic: %v", name, r))
	}
}

func inner() {
	defer cleanup("inner")
	panic(errors.New("disk full"))
}

func main() {
	defer fmt.Println("outer deferred print")
	defer func() {
		r := recover()
		fmt.Println("main caught:", r)
		panic(r)
	}()
	inner()
}
