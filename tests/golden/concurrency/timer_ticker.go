package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("slept at least 10ms:", time.Since(start) >= 10*time.Millisecond)
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", timer.Stop())
	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("timer fired; stop now:", t2.Stop())
	ticker := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", ticks)
	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout")
	case <-make(chan int):
		fmt.Println("impossible")
	}
	t2.Reset(time.Millisecond)
	<-t2.C
	fmt.Println("reset timer fired")
	tick := time.Tick(time.Millisecond)
	<-tick
	<-tick
	fmt.Println("two ticks from time.Tick")
	deadline := time.Now().Add(time.Hour)
	fmt.Println("until positive:", time.Until(deadline) > 0)
}
