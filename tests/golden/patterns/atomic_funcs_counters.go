package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				atomic.AddInt32(&i32, 1)
				atomic.AddInt64(&i64, 3)
				atomic.AddUint32(&u32, 2)
				atomic.AddUint64(&u64, 5)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64))
	atomic.StoreInt32(&i32, -1)
	fmt.Println(atomic.SwapInt32(&i32, 10), i32)
	fmt.Println(atomic.CompareAndSwapInt64(&i64, 24000, 1), atomic.CompareAndSwapInt64(&i64, 0, 2), i64)
	atomic.AddUint32(&u32, ^uint32(0)) // subtract 1
	fmt.Println(u32)
	fmt.Println(atomic.SwapUint64(&u64, 0), atomic.LoadUint64(&u64))
	var once int32
	winners := int32(0)
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&once, 0, 1) {
				atomic.AddInt32(&winners, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners)
}
