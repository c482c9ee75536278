package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type binop func(a, b float64) (float64, error)

var ops = map[string]binop{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	},
}

func evalRPN(expr string) (float64, error) {
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
			return 0, err
		}
		stack = append(stack, v)
	}
	if len(stack) != 1 {
		return 0, fmt.Errorf("bad expression, stack %v", stack)
	}
	return stack[0], nil
}

func main() {
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 0 /", "1 +", "1 2", "2 x *", "10 3 /"} {
		v, err := evalRPN(e)
		fmt.Printf("%-20q => %v, %v\n", e, v, err)
	}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		r, _ := ops[n](8, 2)
		fmt.Print(n, "=", r, " ")
	}
	fmt.Println()
	handlers := map[string]func(...string) string{
		"upper": func(s ...string) string { return strings.ToUpper(strings.Join(s, " ")) },
		"count": func(s ...string) string { return strconv.Itoa(len(s)) },
	}
	fmt.Println(handlers["upper"]("a", "b"), handlers["count"](), handlers["missing"] == nil)
	var f func()
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
