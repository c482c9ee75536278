package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Record struct {
	Name  string
	Score int
}

func parseLine(n int, line string) (Record, error) {
	parts := strings.Split(line, ",")
	if len(parts) != 2 {
		return Record{}, fmt.Errorf("line %d: want 2 fields, got %d", n, len(parts))
	}
	score, err := strconv.Atoi(strings.TrimSpace(parts[1]))
	if err != nil {
		return Record{}, fmt.Errorf("line %d: bad score: %w", n, err)
	}
	return Record{strings.TrimSpace(parts[0]), score}, nil
}

func parseAll(input string) ([]Record, []error) {
	var recs []Record
	var errs []error
	for i, line := range strings.Split(input, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		r, err := parseLine(i+1, line)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		recs = append(recs, r)
	}
	return recs, errs
}

func main() {
	input := "alice, 90\nbob,x\n\ncarol,75,extra\ndave, 60\nerin,99999999999999999999"
	recs, errs := parseAll(input)
	fmt.Println(recs)
	for _, e := range errs {
		fmt.Println("error:", e)
		var numErr *strconv.NumError
		if errors.As(e, &numErr) {
			fmt.Println("  func:", numErr.Func, "num:", numErr.Num, "err:", numErr.Err)
			fmt.Println("  range?", errors.Is(e, strconv.ErrRange), "syntax?", errors.Is(e, strconv.ErrSyntax))
		}
	}
}
