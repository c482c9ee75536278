package main

import (
	"errors"
	"fmt"
)

type StatusError struct{ Code int }

func (e StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }

// Is makes any StatusError with the same class (4xx, 5xx) match.
func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && t.Code/100 == e.Code/100
}

type TempError struct{ Op string }

func (e *TempError) Error() string   { return e.Op + ": temporary" }
func (e *TempError) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("fetch: %w", StatusError{404})
	fmt.Println(errors.Is(err, StatusError{400}), errors.Is(err, StatusError{500}))
	var se StatusError
	fmt.Println(errors.As(err, &se), se.Code)
	err2 := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &TempError{"dial"}))
	var te *TempError
	if errors.As(err2, &te) {
		fmt.Println("found", te.Op, te.Temporary())
	}
	var tmp interface{ Temporary() bool }
	fmt.Println(errors.As(err2, &tmp), tmp.Temporary())
	fmt.Println(errors.As(err, &te), errors.Is(nil, StatusError{404}), errors.Is(err2, err2))
	fmt.Println(err2)
}
