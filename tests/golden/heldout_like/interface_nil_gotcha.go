package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
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

func mayFailCorrect(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = mayFailCorrect(false)
	fmt.Println(err == nil, err)
	var e1 interface{} = (*int)(nil)
	var e2 interface{}
	fmt.Println(e1 == nil, e2 == nil, e1 == e2)
	var me *MyErr
	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target), target.msg)
	fmt.Println(me.Error())
	x := interface{}(3)
	y := interface{}(3)
	z := interface{}(int64(3))
	fmt.Println(x == y, x == z)
	defer func() { fmt.Println("recovered:", recover()) }()
	a := interface{}([]int{1})
	b := interface{}([]int{1})
	fmt.Println(a == b)
}
