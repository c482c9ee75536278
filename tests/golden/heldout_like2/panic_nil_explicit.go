package main

import (
	"errors"
	"fmt"
)

type wrapErr struct{ msg string }

func (w *wrapErr) Error() string { return "wrapped: " + w.msg }

func main() {
	defer fmt.Println("deferred 1")
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %v %T\n", r, r)
		}()
		panic(errors.New("inner"))
	}()
	var e error = &wrapErr{"disk full"}
	panic(e)
}
