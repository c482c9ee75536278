package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type wrapped struct {
	msg string
	err error
}

func (w wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

type temporary struct{}

func (temporary) Error() string        { return "temporary" }
func (temporary) Is(target error) bool { return target == errTimeout }

var errTimeout = errors.New("timeout")

func main() {
	base := &NotFound{"config"}
	err := wrapped{"loading", wrapped{"reading", base}}
	fmt.Println(err)
	fmt.Println(errors.Is(err, base), errors.Is(err, errTimeout))
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	var w wrapped
	fmt.Println(errors.As(err, &w), w.msg)
	fmt.Println(errors.Unwrap(err) == err.err, errors.Unwrap(base) == nil)
	fmt.Println(errors.Is(temporary{}, errTimeout), errors.Is(wrapped{"x", temporary{}}, errTimeout))
	var target error
	fmt.Println(errors.As(err, &target), target)
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, errTimeout), errors.Is(errTimeout, nil))
}
