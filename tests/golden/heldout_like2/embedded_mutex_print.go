package main

import (
	"fmt"
	"sync"
	"time"
)

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.n[k]++
}

type Job struct {
	Name    string
	Timeout time.Duration
	When    time.Month
	Day     time.Weekday
}

type RW struct {
	sync.RWMutex
	wg sync.WaitGroup
	once sync.Once
}

func main() {
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("k")
		}()
	}
	wg.Wait()
	fmt.Println(c.n)
	fmt.Printf("%v\n", Job{"backup", 90 * time.Second, time.May, time.Friday})
	fmt.Printf("%+v\n", Job{"x", time.Millisecond, 1, 0})
	var m sync.Mutex
	fmt.Printf("%v %+v\n", m, m)
	var rw RW
	fmt.Printf("%v\n", rw)
	var wg2 sync.WaitGroup
	fmt.Println(wg2)
	fmt.Println(time.Duration(0), []time.Duration{time.Second, 2 * time.Hour})
	fmt.Println(map[string]time.Duration{"a": time.Minute})
}
