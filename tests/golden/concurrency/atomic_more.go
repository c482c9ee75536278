package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Uint32
	bytes    atomic.Int64
	maxSize  int64
	ready    atomic.Bool
}

func (s *Stats) observe(size int64) {
	s.requests.Add(1)
	s.bytes.Add(size)
	for {
		cur := atomic.LoadInt64(&s.maxSize)
		if size <= cur || atomic.CompareAndSwapInt64(&s.maxSize, cur, size) {
			return
		}
	}
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(n int64) {
			defer wg.Done()
			s.observe(n * 10)
		}(int64(i))
	}
	wg.Wait()
	s.ready.Store(true)
	fmt.Println(s.requests.Load(), s.bytes.Load(), atomic.LoadInt64(&s.maxSize), s.ready.Load())
	var c32 int32
	fmt.Println(atomic.AddInt32(&c32, 5), atomic.AddInt32(&c32, -7))
	var u64 uint64
	atomic.StoreUint64(&u64, 1<<40)
	fmt.Println(atomic.AddUint64(&u64, 1), atomic.SwapUint64(&u64, 9), atomic.LoadUint64(&u64))
	var i64 int64 = 3
	fmt.Println(atomic.SwapInt64(&i64, 4), atomic.CompareAndSwapInt64(&i64, 4, 5), i64)
	var u atomic.Uint32
	u.Store(10)
	fmt.Println(u.CompareAndSwap(10, 11), u.CompareAndSwap(10, 12), u.Load(), u.Swap(0))
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Swap(false), flag.Load())
	var v atomic.Value
	v.Store("first")
	old := v.Swap("second")
	fmt.Println(old, v.Load(), v.CompareAndSwap("second", "third"), v.Load())
}
