package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func load(key string) error {
	return fmt.Errorf("load %q: %w", key, ErrNotFound)
}

func main() {
	if err := load("cfg"); err != nil {
		fmt.Println("is not found:", errors.Is(err, ErrNotFound))
		panic(fmt.Errorf("startup: %w", err))
	}
}
