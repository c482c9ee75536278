package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func eval(expr string) (float64, error) {
	ops := map[string]func(a, b float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	var stack []float64
	for _, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			if len(stack) < 2 {
				return 0, fmt.Errorf("stack underflow at %q", tok)
			}
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			stack = append(stack[:len(stack)-2], op(a, b))
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, err
		}
		stack = append(stack, v)
	}
	if len(stack) != 1 {
		return 0, fmt.Errorf("bad expression: %d values left", len(stack))
	}
	return stack[0], nil
}

func main() {
	exprs := []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1 +", "1 2", "2 x *", "1 0 /"}
	for _, e := range exprs {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-20q error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-20q = %v\n", e, v)
	}
	names := []string{"+", "-", "*", "/"}
	sort.Strings(names)
	fmt.Println(names)
}
