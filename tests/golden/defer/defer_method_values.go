package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func (c *Counter) Get(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

func main() {
	c := &Counter{n: map[string]int{}}
	for i := 0; i < 5; i++ {
		c.Inc("a")
	}
	c.Inc("b")
	fmt.Println(c.Get("a"), c.Get("b"), c.Get("z"))
	l := Logger{"[1] "}
	defer l.Log("deferred with prefix captured at defer time")
	l.prefix = "[2] "
	logFn := l.Log
	defer logFn("method value bound before second change")
	l.prefix = "[3] "
	l.Log("direct call")
}
