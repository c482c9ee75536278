package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return fmt.Sprintf("code %d", e.Code)
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{500}
	}
	return p // non-nil interface even when p is nil
}

func mayFailCorrect(fail bool) error {
	if fail {
		return &MyErr{404}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := mayFailCorrect(false)
	fmt.Println(e2 == nil, e2)
	e3 := mayFail(true)
	fmt.Println(e3 == nil, e3)
	var target *MyErr
	fmt.Println(errors.As(e3, &target), target.Code)
	fmt.Printf("%T %v\n", e1, e1 != nil)
	var iface interface{} = (*int)(nil)
	fmt.Println(iface == nil, iface == (*int)(nil))
}
