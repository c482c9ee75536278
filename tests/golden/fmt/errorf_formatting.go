package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func main() {
	base := errors.New("disk full")
	e1 := fmt.Errorf("write %q: %w", "a.txt", base)
	e2 := fmt.Errorf("save: %v", e1)
	e3 := fmt.Errorf("retry %d/%d: %w", 2, 3, e1)
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(e3)
	fmt.Println(errors.Unwrap(e1) == base, errors.Unwrap(e2) == nil, errors.Unwrap(e3) == e1)
	fmt.Printf("%v|%s|%q\n", base, base, base)
	nf := fmt.Errorf("lookup: %w", NotFound{"k"})
	var target NotFound
	fmt.Println(errors.As(nf, &target), target.Key)
	fmt.Printf("%T\n", e1)
	fmt.Println(fmt.Errorf("plain %d", 5))
	fmt.Printf("%+v\n", e3)
}
