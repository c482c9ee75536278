package main

import (
	"errors"
	"fmt"
	"strconv"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrNoRows = errors.New("no rows")
var ErrTimeout = errors.New("timeout")

func db(q string) error {
	switch q {
	case "missing":
		return &QueryError{q, ErrNoRows}
	case "slow":
		return &QueryError{q, ErrTimeout}
	}
	return nil
}

func repo(q string) error {
	if err := db(q); err != nil {
		return fmt.Errorf("repo: %w", err)
	}
	return nil
}

func service(q string) error {
	if err := repo(q); err != nil {
		if errors.Is(err, ErrNoRows) {
			return nil
		}
		return fmt.Errorf("service failed: %w", err)
	}
	return nil
}

func main() {
	for _, q := range []string{"ok", "missing", "slow"} {
		err := service(q)
		fmt.Printf("%-8s -> %v\n", q, err)
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("   query was", qe.Query, "timeout:", errors.Is(err, ErrTimeout))
		}
	}
	depth := 0
	for e := service("slow"); e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println("chain depth:", depth)
}
