package main

import (
	"errors"
	"fmt"
)

type TempError struct{ Op string }

func (e *TempError) Error() string   { return e.Op + ": temporary failure" }
func (e *TempError) Temporary() bool { return true }

type codeError struct {
	code int
	err  error
}

func (c *codeError) Error() string { return fmt.Sprintf("code %d: %v", c.code, c.err) }
func (c *codeError) Unwrap() error { return c.err }

var ErrBase = errors.New("base failure")

type matchAny struct{}

func (matchAny) Error() string        { return "matches everything" }
func (matchAny) Is(target error) bool { return true }

func main() {
	e := &codeError{500, fmt.Errorf("handler: %w", &TempError{"dial"})}
	fmt.Println(e)
	var te *TempError
	if errors.As(e, &te) {
		fmt.Println("found temp error for op", te.Op, te.Temporary())
	}
	var tmp interface{ Temporary() bool }
	fmt.Println(errors.As(e, &tmp), tmp.Temporary())
	chain := fmt.Errorf("level3: %w", fmt.Errorf("level2: %w", &codeError{1, ErrBase}))
	fmt.Println(chain)
	fmt.Println(errors.Is(chain, ErrBase))
	for err := error(chain); err != nil; err = errors.Unwrap(err) {
		fmt.Printf("  %T\n", err)
	}
	fmt.Println(errors.Is(matchAny{}, ErrBase), errors.Is(ErrBase, matchAny{}))
	var ce *codeError
	fmt.Println(errors.As(chain, &ce), ce.code)
	fmt.Println(errors.Is(nil, ErrBase), errors.Is(nil, nil))
}
