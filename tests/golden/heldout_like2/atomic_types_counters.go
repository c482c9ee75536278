package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	flag   atomic.Bool
	last   atomic.Value
	max    atomic.Uint64
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%3 == 0 {
				s.misses.Add(1)
			} else {
				s.hits.Add(2)
			}
			for {
				old := s.max.Load()
				if uint64(i) <= old || s.max.CompareAndSwap(old, uint64(i)) {
					break
				}
			}
		}(i)
	}
	wg.Wait()
	s.flag.Store(true)
	s.last.Store("final")
	fmt.Println(s.hits.Load(), s.misses.Load(), s.flag.Load(), s.last.Load(), s.max.Load())
	fmt.Println(s.hits.Swap(5), s.hits.Load(), s.hits.CompareAndSwap(4, 0), s.hits.CompareAndSwap(5, 0), s.hits.Load())
	var n int64
	atomic.AddInt64(&n, 10)
	atomic.AddInt64(&n, -3)
	fmt.Println(atomic.LoadInt64(&n), atomic.SwapInt64(&n, 100), n)
	var u uint32
	atomic.AddUint32(&u, ^uint32(0))
	fmt.Println(u)
}
