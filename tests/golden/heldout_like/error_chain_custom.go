package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFoundError struct {
	Name string
}

func (e *NotFoundError) Error() string { return "not found: " + e.Name }

type ValidationError struct {
	Field string
	Code  int
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code)
}

var ErrPermission = errors.New("permission denied")

func find(name string) error {
	switch name {
	case "missing":
		return &NotFoundError{Name: name}
	case "secret":
		return fmt.Errorf("open %s: %w", name, ErrPermission)
	case "bad":
		return ValidationError{"age", 42}
	}
	return nil
}

func load(name string) error {
	if err := find(name); err != nil {
		return fmt.Errorf("load(%q): %w", name, err)
	}
	return nil
}

func main() {
	for _, n := range []string{"ok", "missing", "secret", "bad"} {
		err := load(n)
		fmt.Printf("%-8s err=%v\n", n, err)
		if err == nil {
			continue
		}
		var nf *NotFoundError
		if errors.As(err, &nf) {
			fmt.Println("  as NotFoundError:", nf.Name)
		}
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("  as ValidationError: %+v\n", ve)
		}
		fmt.Println("  is permission:", errors.Is(err, ErrPermission))
		u := errors.Unwrap(err)
		fmt.Printf("  unwrap: %v (%T)\n", u, u)
		fmt.Println("  twice:", errors.Unwrap(u))
	}
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(e1, e1))
	var pe *os.PathError
	_, err := os.ReadFile("/nonexistent/file.txt")
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	fmt.Println(err)
}
