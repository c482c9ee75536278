package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type NotFoundError struct{ Name string }

func (e NotFoundError) Error() string { return e.Name + " not found" }

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case NotFoundError:
		return "not found: " + e.Name
	case *strconv.NumError:
		return "number: " + e.Func
	default:
		var nf NotFoundError
		if errors.As(err, &nf) {
			return "wrapped not found: " + nf.Name
		}
		if errors.Is(err, os.ErrNotExist) {
			return "no such file"
		}
		return "other: " + err.Error()
	}
}

func main() {
	_, numErr := strconv.Atoi("x")
	_, fileErr := os.ReadFile("no_such_file_here.txt")
	errs := []error{nil, NotFoundError{"user"}, numErr, fmt.Errorf("db: %w", NotFoundError{"row"}),
		fileErr, errors.New("misc")}
	for _, e := range errs {
		fmt.Println(classify(e))
	}
}
