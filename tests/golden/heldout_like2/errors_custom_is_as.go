package main

import (
	"errors"
	"fmt"
)

type NotFoundError struct{ Key string }

func (e *NotFoundError) Error() string { return "not found: " + e.Key }

type TempError struct {
	Op  string
	Err error
}

func (e TempError) Error() string   { return e.Op + ": " + e.Err.Error() }
func (e TempError) Unwrap() error   { return e.Err }
func (e TempError) Temporary() bool { return true }

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c CodeErr) Is(target error) bool {
	t, ok := target.(CodeErr)
	return ok && (t == 0 || t == c)
}

var ErrTimeout = errors.New("timeout")

func lookup(k string) error {
	switch k {
	case "a":
		return nil
	case "b":
		return &NotFoundError{k}
	case "c":
		return TempError{"dial", ErrTimeout}
	case "d":
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", TempError{"read", &NotFoundError{"deep"}}))
	}
	return CodeErr(500)
}

func main() {
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		err := lookup(k)
		var nf *NotFoundError
		var te TempError
		var tmp interface{ Temporary() bool }
		fmt.Printf("%s: %v | nf=%v te=%v tmp=%v timeout=%v code=%v code500=%v\n", k, err,
			errors.As(err, &nf), errors.As(err, &te), errors.As(err, &tmp),
			errors.Is(err, ErrTimeout), errors.Is(err, CodeErr(0)), errors.Is(err, CodeErr(500)))
		if nf != nil {
			fmt.Println("  key:", nf.Key)
		}
	}
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(e1, e1))
	wrapped := fmt.Errorf("ctx: %v", e1)
	fmt.Println(errors.Unwrap(wrapped) == nil, errors.Is(wrapped, e1))
	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Unwrap(nilErr))
}
