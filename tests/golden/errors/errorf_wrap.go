package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrPermission = errors.New("permission denied")

func readConfig(name string) error {
	if name == "secret" {
		return fmt.Errorf("read %s: %w", name, ErrPermission)
	}
	return nil
}

func loadAll(names []string) error {
	for _, n := range names {
		if err := readConfig(n); err != nil {
			return fmt.Errorf("load all: %w", err)
		}
	}
	return nil
}

func main() {
	err := loadAll([]string{"a", "secret", "b"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrPermission))
	fmt.Println(errors.Is(err, os.ErrNotExist))
	inner := errors.Unwrap(err)
	fmt.Println(inner)
	fmt.Println(errors.Unwrap(inner) == ErrPermission)
	fmt.Println(errors.Unwrap(ErrPermission) == nil)
	notWrapped := fmt.Errorf("flat: %v", ErrPermission)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrPermission), errors.Unwrap(notWrapped))
	fmt.Println(loadAll([]string{"x"}) == nil)
	e := fmt.Errorf("code %d: %s", 404, "missing")
	fmt.Printf("%v %T\n", e, errors.Unwrap(e))
}
