package main

import (
	"errors"
	"fmt"
)

type opError struct {
	op  string
	err error
}

func (e *opError) Error() string { return e.op + ": " + e.err.Error() }
func (e *opError) Unwrap() error { return e.err }

var errBase = errors.New("connection reset")

func main() {
	err := &opError{"read", fmt.Errorf("conn 3: %w", &opError{"tcp", errBase})}
	depth := 0
	for e := error(err); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%d %T %v\n", depth, e, e)
		depth++
	}
	fmt.Println(errors.Is(err, errBase))
	var op *opError
	errors.As(err, &op)
	fmt.Println(op.op)
	inner := errors.Unwrap(errors.Unwrap(err))
	errors.As(inner, &op)
	fmt.Println(op.op)
	fmt.Println(errors.Unwrap(errBase) == nil)
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, errors.Is(e1, e2), e1.Error() == e2.Error())
}
