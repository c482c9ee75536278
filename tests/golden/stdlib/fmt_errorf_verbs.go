package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Status struct{ Code int }

func main() {
	base := errors.New("base failure")
	e1 := fmt.Errorf("ctx: %w", base)
	fmt.Printf("%v|%s|%q|%T\n", e1, e1, e1, e1)
	fmt.Println(e1, []error{e1, base})
	e2 := fmt.Errorf("two: %w and %w", base, base)
	fmt.Printf("%v|%T\n", e2, e2)
	e2b := fmt.Errorf("first: %w, int: %w", base, 42)
	fmt.Printf("%v|%T\n", e2b, e2b)
	e3 := fmt.Errorf("int: %w", 42)
	e4 := fmt.Errorf("nil: %w", nil)
	e5 := fmt.Errorf("str: %w", "text")
	e6 := fmt.Errorf("struct: %w", Status{404})
	fmt.Printf("%v|%T\n%v|%T\n%v|%T\n%v|%T\n", e3, e3, e4, e4, e5, e5, e6, e6)
	e7 := fmt.Errorf("outer: %w", e1)
	fmt.Printf("%v|%T\n", e7, e7)
	e8 := fmt.Errorf("padded [%20w] [%-20w]", base, base)
	fmt.Printf("%v|%T\n", e8, e8)
	e9 := fmt.Errorf("verbs %v %s %q %x %d", base, base, base, base, base)
	fmt.Printf("%v|%T\n", e9, e9)
	_, perr := strconv.Atoi("12a")
	e10 := fmt.Errorf("parse: %w", perr)
	fmt.Printf("%v|%T\n", e10, e10)
	fmt.Printf("printf %w\n", base)
	fmt.Println(fmt.Sprintf("sprintf %w", base))
	e11 := fmt.Errorf("%w", base)
	fmt.Println(e11.Error() == base.Error(), e11 == base)
	e12 := fmt.Errorf("no wrap at all %d", 5)
	fmt.Printf("%v|%T|%v\n", e12, e12, fmt.Errorf(""))
	fmt.Printf("%v|%+v|%#v\n", struct{ Err error }{e1}, struct{ Err error }{nil}, struct{ Err error }{nil})
	fmt.Printf("%v %v\n", errors.Unwrap(e1) == base, errors.Unwrap(e7) == e1)
	fmt.Println(errors.Is(e7, base), errors.Is(e2, base), errors.Unwrap(e12))
}
