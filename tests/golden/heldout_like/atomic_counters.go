package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests int64
	errors   int32
	bytes    uint64
	active   atomic.Int64
	ready    atomic.Bool
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.active.Add(1)
			atomic.AddInt64(&s.requests, 1)
			if i%7 == 0 {
				atomic.AddInt32(&s.errors, 1)
			}
			atomic.AddUint64(&s.bytes, uint64(i*100))
			s.active.Add(-1)
		}(i)
	}
	wg.Wait()
	s.ready.Store(true)
	fmt.Println("requests:", atomic.LoadInt64(&s.requests))
	fmt.Println("errors:", atomic.LoadInt32(&s.errors))
	fmt.Println("bytes:", atomic.LoadUint64(&s.bytes))
	fmt.Println("active:", s.active.Load(), "ready:", s.ready.Load())
	old := atomic.SwapInt64(&s.requests, 0)
	fmt.Println("swapped out", old, "now", s.requests)
	fmt.Println(atomic.CompareAndSwapInt32(&s.errors, 8, 100), s.errors)
	fmt.Println(atomic.CompareAndSwapInt32(&s.errors, 1, 100), s.errors)
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
	var u atomic.Uint32
	u.Store(10)
	u.Add(^uint32(0))
	fmt.Println(u.Load())
}
