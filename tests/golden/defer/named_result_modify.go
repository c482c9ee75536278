package main

import (
	"errors"
	"fmt"
)

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1
}

func withCleanup(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("cleanup after: %w", err)
		}
	}()
	if fail {
		return errors.New("operation failed")
	}
	return nil
}

func counter() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	n = 1
	return n + 1
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func recoverResult() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	s = "not returned"
	panic("boom")
}

func main() {
	fmt.Println(double(4))
	fmt.Println(withCleanup(false))
	fmt.Println(withCleanup(true))
	fmt.Println(counter())
	fmt.Println(unnamed())
	fmt.Println(recoverResult())
}
