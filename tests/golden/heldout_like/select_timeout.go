package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- v
	}()
	return ch
}

func main() {
	select {
	case v := <-slow(time.Millisecond, "fast result"):
		fmt.Println(v)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case v := <-slow(500*time.Millisecond, "slow result"):
		fmt.Println(v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout 2")
	}
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	ticker := time.NewTicker(time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	deadline := time.After(20 * time.Millisecond)
	count := 0
loop:
	for {
		select {
		case <-deadline:
			break loop
		default:
			if count < 5 {
				count++
			}
			time.Sleep(time.Millisecond)
		}
	}
	fmt.Println("count:", count)
}
