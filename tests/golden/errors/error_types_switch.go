package main

import (
	"errors"
	"fmt"
	"strconv"
)

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return "syntax error at " + strconv.Itoa(e.Pos) + ": " + e.Msg }

type RangeError int

func (e RangeError) Error() string { return "value " + strconv.Itoa(int(e)) + " out of range" }

func parseDigit(s string) (int, error) {
	if len(s) != 1 {
		return 0, &SyntaxError{len(s), "want one character"}
	}
	if s[0] < '0' || s[0] > '9' {
		return 0, &SyntaxError{0, "not a digit: " + strconv.Quote(s)}
	}
	d := int(s[0] - '0')
	if d > 7 {
		return 0, RangeError(d)
	}
	return d, nil
}

func main() {
	for _, in := range []string{"3", "x", "42", "9", ""} {
		d, err := parseDigit(in)
		switch e := err.(type) {
		case nil:
			fmt.Println("digit", d)
		case *SyntaxError:
			fmt.Println("syntax:", e.Pos, e.Msg)
		case RangeError:
			fmt.Println("range:", int(e), e)
		default:
			fmt.Println("unexpected", e)
		}
	}
	err := fmt.Errorf("wrapped: %w", RangeError(8))
	var re RangeError
	fmt.Println(errors.As(err, &re), re)
	_, isRange := err.(RangeError)
	fmt.Println(isRange)
}
