package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var hits atomic.Int32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&ops, 1)
			}
			hits.Add(2)
			if i == 7 {
				flag.Store(true)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&ops), hits.Load(), flag.Load())
	var u uint32 = 10
	fmt.Println(atomic.CompareAndSwapUint32(&u, 10, 20), u)
	fmt.Println(atomic.CompareAndSwapUint32(&u, 10, 30), u)
	fmt.Println(atomic.SwapUint32(&u, 5), u)
	atomic.StoreUint32(&u, 77)
	fmt.Println(atomic.LoadUint32(&u))
	var n atomic.Int64
	n.Store(100)
	fmt.Println(n.Swap(1), n.CompareAndSwap(1, 2), n.Load())
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store([]string{"config", "v1"})
	fmt.Println(v.Load().([]string))
	var counter atomic.Uint64
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			counter.Add(3)
		}()
	}
	wg2.Wait()
	fmt.Println(counter.Load())
}
