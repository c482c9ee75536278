package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("empty line")

func parseLine(n int, s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, &ParseError{n, ErrEmpty}
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ParseError{n, err}
	}
	return v, nil
}

func sumLines(text string) (total int, errs []error) {
	for i, line := range strings.Split(text, "\n") {
		v, err := parseLine(i+1, line)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		total += v
	}
	return
}

func main() {
	total, errs := sumLines("10\n20\n\nabc\n 5 \n99999999999999999999")
	fmt.Println("total:", total)
	for _, e := range errs {
		var ne *strconv.NumError
		fmt.Println(e, "| empty:", errors.Is(e, ErrEmpty), "| numerr:", errors.As(e, &ne))
	}
}
