package main

import (
	"errors"
	"fmt"
)

type Op func(int) (int, error)

var ErrOverflow = errors.New("overflow")

func chain(v int, ops ...Op) (res int, err error) {
	res = v
	for i, op := range ops {
		if res, err = op(res); err != nil {
			return res, fmt.Errorf("step %d: %w", i, err)
		}
	}
	return
}

func double(x int) (int, error) {
	if x > 1000 {
		return x, ErrOverflow
	}
	return x * 2, nil
}

func main() {
	fmt.Println(chain(3, double, double))
	r, err := chain(600, double, double)
	fmt.Println(r, err, errors.Is(err, ErrOverflow))
	type result struct {
		v   int
		err error
	}
	rs := []result{{1, nil}, {0, ErrOverflow}}
	for _, x := range rs {
		fmt.Printf("%v %v\n", x.v, x.err)
	}
	fmt.Printf("%v\n", rs[0])
	var e *errWrap
	var err2 error = e
	fmt.Println(err2 == nil, e == nil)
	if err2 != nil {
		fmt.Println("typed nil is non-nil")
	}
}

type errWrap struct{}

func (*errWrap) Error() string { return "errWrap" }
