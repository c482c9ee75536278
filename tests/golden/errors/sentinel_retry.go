package main

import (
	"errors"
	"fmt"
)

var (
	ErrTransient = errors.New("transient")
	ErrFatal     = errors.New("fatal")
)

type attemptError struct {
	n   int
	err error
}

func (a attemptError) Error() string { return fmt.Sprintf("attempt %d: %v", a.n, a.err) }
func (a attemptError) Unwrap() error { return a.err }

func flaky(failures []error) func(int) error {
	return func(n int) error {
		if n < len(failures) && failures[n] != nil {
			return attemptError{n + 1, failures[n]}
		}
		return nil
	}
}

func retry(max int, op func(int) error) (int, error) {
	var last error
	for i := 0; i < max; i++ {
		err := op(i)
		if err == nil {
			return i + 1, nil
		}
		if errors.Is(err, ErrFatal) {
			return i + 1, fmt.Errorf("giving up: %w", err)
		}
		last = err
	}
	return max, fmt.Errorf("exhausted %d attempts, last: %w", max, last)
}

func main() {
	cases := [][]error{
		nil,
		{ErrTransient, ErrTransient},
		{ErrTransient, ErrFatal},
		{ErrTransient, ErrTransient, ErrTransient, ErrTransient},
	}
	for _, c := range cases {
		n, err := retry(3, flaky(c))
		fmt.Printf("attempts=%d err=%v\n", n, err)
		if err != nil {
			var ae attemptError
			if errors.As(err, &ae) {
				fmt.Println("  failing attempt:", ae.n, "transient:", errors.Is(err, ErrTransient))
			}
		}
	}
}
