package main

import (
	"errors"
	"fmt"
)

func level3() {
	panic(errors.New("original problem"))
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level2 saw:", r)
			panic(fmt.Sprintf("level2 re-panic: %v", r))
		}
	}()
	level3()
}

func level1() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("level1 recovered: ", r)
		}
	}()
	level2()
	return "normal return"
}

func deferPanics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("final: %v", r)
		}
	}()
	defer func() {
		panic("panic in deferred func replaces the first")
	}()
	panic("first panic")
}

func main() {
	fmt.Println(level1())
	fmt.Println(deferPanics())
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered once:", r)
			fmt.Println("recover again:", recover())
		}()
		panic("once")
	}()
}
