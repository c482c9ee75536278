package main

import (
	"errors"
	"fmt"
)

var ErrInner = errors.New("inner failure")

func level3() { panic(ErrInner) }

func level2() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("level2: %w", r.(error)))
		}
	}()
	level3()
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				e = fmt.Errorf("%v", r)
			}
			err = fmt.Errorf("level1: %w", e)
		}
	}()
	level2()
	return nil
}

func main() {
	err := level1()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInner))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrInner)
}
