package main

import (
	"errors"
	"fmt"
)

var ErrCorrupt = errors.New("data corrupt")

func mustLoad(ok bool) string {
	if !ok {
		panic(fmt.Errorf("mustLoad: %w", ErrCorrupt))
	}
	return "loaded"
}

func main() {
	fmt.Println(mustLoad(true))
	fmt.Println(mustLoad(false))
}
