package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Animal interface{ Sound() string }
type Dog struct{}

func (d *Dog) Sound() string {
	if d == nil {
		return "silent nil dog"
	}
	return "woof"
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T\n", err)
	err = correct(false)
	fmt.Println(err == nil, err)
	var e error
	fmt.Printf("%T %v\n", e, e)
	var d *Dog
	var a Animal = d
	fmt.Println(a == nil, a.Sound())
	a = nil
	fmt.Println(a == nil)
	var target *MyErr
	wrapped := fmt.Errorf("wrap: %w", &MyErr{"inner"})
	fmt.Println(errors.As(wrapped, &target), target.msg)
	var i1 interface{} = (*int)(nil)
	var i2 interface{}
	fmt.Println(i1 == nil, i2 == nil, i1 == i2)
	var p *int
	fmt.Println(i1 == p)
}
