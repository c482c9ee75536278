package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(5 * time.Millisecond)
	count := 0
	for range ticker.C {
		count++
		fmt.Println("tick", count)
		if count == 4 {
			ticker.Stop()
			break
		}
	}
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped before fire:", timer.Stop())
	t2 := time.NewTimer(time.Millisecond)
	<-t2.C
	fmt.Println("fired; stop returns:", t2.Stop())
	done := make(chan bool)
	time.AfterFunc(2*time.Millisecond, func() { done <- true })
	fmt.Println("afterfunc:", <-done)
	tk := time.NewTicker(time.Millisecond)
	n := 0
	timeout := time.After(time.Second)
loop:
	for {
		select {
		case <-tk.C:
			n++
			if n == 3 {
				tk.Stop()
				break loop
			}
		case <-timeout:
			fmt.Println("timeout")
			break loop
		}
	}
	fmt.Println("n =", n)
	start := time.Now()
	time.Sleep(3 * time.Millisecond)
	fmt.Println("slept at least 3ms:", time.Since(start) >= 3*time.Millisecond)
}
