package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value interface{}
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type NotFoundError struct{ ID int }

func (e NotFoundError) Error() string { return fmt.Sprintf("id %d not found", e.ID) }

func validateAge(age int) error {
	if age < 0 || age > 150 {
		return &ValidationError{"age", age}
	}
	return nil
}

func find(id int) error {
	if id > 10 {
		return fmt.Errorf("find: %w", NotFoundError{id})
	}
	return nil
}

func main() {
	for _, a := range []int{30, -1, 200} {
		if err := validateAge(a); err != nil {
			var ve *ValidationError
			if errors.As(err, &ve) {
				fmt.Println("validation failed on", ve.Field, "value", ve.Value, "|", err)
			}
		} else {
			fmt.Println(a, "ok")
		}
	}
	err := find(42)
	var nf NotFoundError
	if errors.As(err, &nf) {
		fmt.Println("missing id:", nf.ID)
	}
	fmt.Println(err)
	fmt.Println(errors.Is(err, NotFoundError{42}), errors.Is(err, NotFoundError{7}))
	var ve *ValidationError
	fmt.Println(errors.As(err, &ve), ve == nil)
}
