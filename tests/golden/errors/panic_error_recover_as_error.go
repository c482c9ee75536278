package main

import (
	"errors"
	"fmt"
	"runtime"
)

func run(f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch v := r.(type) {
		case runtime.Error:
			err = fmt.Errorf("runtime: %w", v)
		case error:
			err = fmt.Errorf("error: %w", v)
		default:
			err = fmt.Errorf("value: %v", v)
		}
	}()
	f()
	return nil
}

var ErrCustom = errors.New("custom failure")

func main() {
	var m map[int]int
	errs := []error{
		run(func() {}),
		run(func() { m[1] = 1 }),
		run(func() { panic(ErrCustom) }),
		run(func() { panic(12.5) }),
	}
	for _, e := range errs {
		fmt.Println(e)
	}
	var re runtime.Error
	fmt.Println(errors.As(errs[1], &re), errors.Is(errs[2], ErrCustom))
}
