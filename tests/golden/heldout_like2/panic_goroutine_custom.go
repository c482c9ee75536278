package main

import (
	"fmt"
	"time"
)

type FatalError struct {
	Op   string
	Code int
}

func (e FatalError) Error() string { return fmt.Sprintf("%s failed with %d", e.Op, e.Code) }

func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("deferred in goroutine runs")
		panic(FatalError{"sync", 3})
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	fmt.Println("unreachable")
}
