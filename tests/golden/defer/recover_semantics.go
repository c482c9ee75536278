package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func unnamedAfterRecover() int {
	defer func() { recover() }()
	panic("lost")
}

func notDirect() (s string) {
	defer func() {
		helper := func() any { return recover() }
		s = fmt.Sprint("helper got: ", helper())
		r := recover()
		s += fmt.Sprint(", direct got: ", r)
	}()
	panic("direct")
}

func recoverNil() {
	defer func() { fmt.Println("no panic, recover() =", recover()) }()
}

func panicInDefer() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recovered: ", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func deepPanic(n int) {
	if n == 0 {
		panic(errors.New("deep"))
	}
	defer fmt.Println("unwinding", n)
	deepPanic(n - 1)
}

func catchDeep() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught %v", r)
		}
	}()
	deepPanic(3)
	return nil
}

func nestedRecover() {
	defer func() {
		fmt.Println("outer:", recover())
	}()
	func() {
		defer func() {
			fmt.Println("inner:", recover())
			panic("again")
		}()
		panic("once")
	}()
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(unnamedAfterRecover())
	fmt.Println(notDirect())
	recoverNil()
	fmt.Println(panicInDefer())
	fmt.Println(catchDeep())
	nestedRecover()
	fmt.Println("end")
}
