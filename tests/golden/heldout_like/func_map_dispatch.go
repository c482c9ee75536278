package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type BinOp func(a, b float64) (float64, error)

var ops = map[string]BinOp{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("divide by zero")
		}
		return a / b, nil
	},
}

func rpn(expr string) (float64, error) {
	var stack []float64
	for _, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			if len(stack) < 2 {
				return 0, fmt.Errorf("stack underflow at %q", tok)
			}
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			r, err := op(a, b)
			if err != nil {
				return 0, err
			}
			stack = append(stack, r)
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, fmt.Errorf("bad token: %w", err)
		}
		stack = append(stack, v)
	}
	if len(stack) != 1 {
		return 0, fmt.Errorf("bad stack %v", stack)
	}
	return stack[0], nil
}

type Handler func(args []string) string

func main() {
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 0 /", "1 +", "1 2", "x 1 +", "2.5 4 *"} {
		v, err := rpn(e)
		fmt.Printf("%-20s => %v, %v\n", e, v, err)
	}
	handlers := map[string]Handler{
		"echo":  func(a []string) string { return strings.Join(a, " ") },
		"count": func(a []string) string { return strconv.Itoa(len(a)) },
		"rev": func(a []string) string {
			out := make([]string, len(a))
			for i, s := range a {
				out[len(a)-1-i] = s
			}
			return strings.Join(out, " ")
		},
	}
	names := make([]string, 0)
	for n := range handlers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, cmd := range []string{"echo a b c", "count x y", "rev 1 2 3", "nope z"} {
		f := strings.Fields(cmd)
		if h, ok := handlers[f[0]]; ok {
			fmt.Printf("%s -> %s\n", f[0], h(f[1:]))
		} else {
			fmt.Printf("unknown command %q (have %v)\n", f[0], names)
		}
	}
	var nilHandler Handler
	fmt.Println(nilHandler == nil, handlers["missing"] == nil)
}
