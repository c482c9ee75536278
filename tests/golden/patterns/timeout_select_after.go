package main

import (
	"fmt"
	"time"
)

func compute(n int) <-chan int {
	ch := make(chan int, 1)
	go func() {
		if n < 0 {
			return // never answers
		}
		ch <- n * n
	}()
	return ch
}

func withTimeout(n int, d time.Duration) (int, error) {
	select {
	case v := <-compute(n):
		return v, nil
	case <-time.After(d):
		return 0, fmt.Errorf("compute(%d): timed out after %v", n, d)
	}
}

func main() {
	for _, n := range []int{3, -1, 12} {
		v, err := withTimeout(n, 30*time.Millisecond)
		fmt.Println(v, err)
	}
}
