package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("request timed out")

func fetch(delay time.Duration, val string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		if delay > 0 {
			time.Sleep(delay)
		}
		ch <- val
	}()
	return ch
}

func withTimeout(ch <-chan string, d time.Duration) (string, error) {
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(d):
		return "", ErrTimeout
	}
}

func main() {
	v, err := withTimeout(fetch(0, "fast"), time.Second)
	fmt.Println(v, err)
	v, err = withTimeout(fetch(time.Second, "slow"), 10*time.Millisecond)
	fmt.Printf("%q %v\n", v, err)
	ready := make(chan struct{})
	close(ready)
	select {
	case <-ready:
		fmt.Println("closed channel is always ready")
	case <-time.After(time.Second):
		fmt.Println("unexpected")
	}
	deadline := time.Now().Add(time.Hour)
	fmt.Println("until positive:", time.Until(deadline) > 0)
}
