package main

import (
	"fmt"
	"time"
)

func main() {
	t1 := time.NewTimer(30 * time.Millisecond)
	t2 := time.NewTimer(10 * time.Millisecond)
	t3 := time.NewTimer(time.Hour)
	<-t2.C
	fmt.Println("t2 fired first")
	<-t1.C
	fmt.Println("t1 fired second")
	fmt.Println("stop t3:", t3.Stop(), "stop again:", t3.Stop())
	fmt.Println("stop fired t1:", t1.Stop())
	t1.Reset(5 * time.Millisecond)
	<-t1.C
	fmt.Println("t1 fired after reset")
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("after fired")
	case <-t3.C:
		fmt.Println("stopped timer fired?")
	}
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println("slept at least 15ms:", time.Since(start) >= 15*time.Millisecond)
}
