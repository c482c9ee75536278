package main

import (
	"fmt"
	"time"
)

var fired = make(chan string, 1)

func onTimeout() {
	fired <- "afterfunc ran"
}

func slowReply(d time.Duration, out chan<- string) {
	time.Sleep(d)
	out <- "reply"
}

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("slept at least 20ms:", time.Since(start) >= 20*time.Millisecond)

	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending timer:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	t2 := time.NewTimer(5 * time.Millisecond)
	v := <-t2.C
	fmt.Println("timer fired, time is set:", !v.IsZero())
	fmt.Println("reset fired timer:", t2.Reset(5*time.Millisecond))
	<-t2.C
	fmt.Println("fired again")

	out := make(chan string)
	go slowReply(time.Hour, out)
	select {
	case s := <-out:
		fmt.Println(s)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	tk := time.NewTicker(3 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 4 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n)

	time.AfterFunc(5*time.Millisecond, onTimeout)
	fmt.Println(<-fired)

	ch := time.Tick(2 * time.Millisecond)
	<-ch
	<-ch
	fmt.Println("tick channel works")
}
