package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("about to fail")
	err := fmt.Errorf("wrapped: %w", errors.New("root cause"))
	panic(err)
}
