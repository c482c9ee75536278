package main

import (
	"errors"
	"fmt"
)

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func divide(a, b int) (result int, err error) {
	defer trace("divide")()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			result = -1
		}
	}()
	result = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	return 1
}

type resource struct{ name string }

func (r *resource) Close() error {
	fmt.Println("closing", r.name)
	if r.name == "b" {
		return errors.New("close b failed")
	}
	return nil
}

func useResources() (err error) {
	for _, n := range []string{"a", "b", "c"} {
		r := &resource{n}
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	return nil
}

func main() {
	fmt.Println(divide(10, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(counter())
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred loop", i)
	}
	fmt.Println(useResources())
	x := 10
	defer fmt.Println("x at defer time:", x)
	x = 20
	func() {
		defer func() {
			fmt.Println("x in closure:", x)
		}()
		x = 30
	}()
}
