package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name  string
	Limit int
}

func main() {
	var hits atomic.Int64
	var flags atomic.Uint32
	var ready atomic.Bool
	var small atomic.Int32
	var big atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			hits.Add(2)
			small.Add(-1)
			big.Add(uint64(i))
			for {
				old := flags.Load()
				if flags.CompareAndSwap(old, old|1<<(i%8)) {
					break
				}
			}
		}(i)
	}
	wg.Wait()
	ready.Store(true)
	fmt.Println(hits.Load(), small.Load(), big.Load(), flags.Load(), ready.Load())
	fmt.Println(hits.Swap(7), hits.Load(), ready.Swap(false), ready.Load())
	fmt.Println(small.CompareAndSwap(0, 1), small.CompareAndSwap(-50, 5), small.Load())
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(Config{"a", 1})
	v.Store(Config{"b", 2})
	c := v.Load().(Config)
	fmt.Printf("%+v\n", c)
	old := v.Swap(Config{"c", 3})
	fmt.Println(old.(Config).Name, v.Load().(Config).Name)
}
