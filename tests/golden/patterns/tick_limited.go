package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(2 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-tick
		fmt.Println("tick", i)
	}
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	timeout := time.After(10 * time.Second)
	n := 0
loop:
	for {
		select {
		case <-ticker.C:
			n++
			if n == 5 {
				break loop
			}
		case <-timeout:
			fmt.Println("timeout first (unexpected)")
			break loop
		}
	}
	fmt.Println("ticks counted:", n)
	ticker.Reset(time.Millisecond)
	<-ticker.C
	fmt.Println("ticker works after Reset")
}
