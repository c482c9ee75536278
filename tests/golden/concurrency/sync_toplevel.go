package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string, wg *sync.WaitGroup) {
	for i := 0; i < 100; i++ {
		c.mu.Lock()
		c.n[k]++
		if i%10 == 0 {
			runtime.Gosched()
		}
		c.mu.Unlock()
	}
	wg.Done()
}

var once sync.Once
var total int64
var flag atomic.Bool

func setup() {
	fmt.Println("setup runs once")
	flag.Store(true)
}

func adder(wg *sync.WaitGroup, ai *atomic.Int32, u *atomic.Uint64) {
	once.Do(setup)
	for i := 0; i < 1000; i++ {
		atomic.AddInt64(&total, 1)
		ai.Add(2)
		u.Add(3)
	}
	wg.Done()
}

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	return v, ok
}

func (c *Cache) Put(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func reader(c *Cache, wg *sync.WaitGroup, hits *atomic.Int64) {
	for k := 0; k < 50; k++ {
		if _, ok := c.Get(k); ok {
			hits.Add(1)
		}
		runtime.Gosched()
	}
	wg.Done()
}

func main() {
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go c.Inc("k", &wg)
	}
	wg.Wait()
	fmt.Println("counter", c.n["k"])

	var ai atomic.Int32
	var u atomic.Uint64
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go adder(&wg, &ai, &u)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&total), ai.Load(), u.Load(), flag.Load())
	var x int32 = 5
	fmt.Println(atomic.CompareAndSwapInt32(&x, 5, 7), atomic.CompareAndSwapInt32(&x, 5, 9), x)
	fmt.Println(atomic.SwapInt32(&x, -1), atomic.AddInt32(&x, -1))
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store("hello")
	fmt.Println(v.Load())

	cache := &Cache{data: map[int]int{}}
	for k := 0; k < 50; k += 2 {
		cache.Put(k, k*k)
	}
	var hits atomic.Int64
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go reader(cache, &wg, &hits)
	}
	wg.Wait()
	fmt.Println("hits", hits.Load())
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println("goroutines", runtime.NumGoroutine(), runtime.GOMAXPROCS(0) >= 1)
}
