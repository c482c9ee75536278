package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// tracingLocker is a script Locker around a Mutex that counts its calls.
type tracingLocker struct {
	mu            sync.Mutex
	locks, unlock int
}

func (t *tracingLocker) Lock()   { t.mu.Lock(); t.locks++ }
func (t *tracingLocker) Unlock() { t.unlock++; t.mu.Unlock() }

func main() {
	var m sync.Map
	m.Store("b", 2)
	m.Store("a", 1)
	m.Store(3, "three")
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("zz")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	m.Delete(3)
	m.Delete("never")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, " "))
	n := 0
	m.Range(func(k, v any) bool { n++; return false })
	fmt.Println("stopped after", n)

	var wg sync.WaitGroup
	var counts sync.Map
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			counts.Store(i%3, i)
		}(i)
	}
	wg.Wait()
	total := 0
	counts.Range(func(k, v any) bool { total++; return true })
	fmt.Println("keys:", total)

	// Pool: two collections drop what it held (one moves it to the victim cache, whose
	// reachability from another P is not deterministic, so it is not printed here).
	made := 0
	p := sync.Pool{New: func() any { made++; return fmt.Sprint("new", made) }}
	p.Put("x")
	fmt.Println(p.Get(), p.Get(), made)
	p.Put("z")
	runtime.GC()
	runtime.GC()
	fmt.Println(p.Get(), made)

	// Cond with a script Locker and with RWMutex.RLocker().
	tl := &tracingLocker{}
	c := sync.NewCond(tl)
	ready := false
	done := make(chan bool)
	go func() {
		tl.Lock()
		for !ready {
			c.Wait()
		}
		tl.Unlock()
		done <- true
	}()
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	tl.Lock()
	ready = true
	c.Signal()
	tl.Unlock()
	<-done
	fmt.Println("script locker:", tl.locks == tl.unlock, tl.locks >= 2)

	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	var wg2 sync.WaitGroup
	results := make([]int, 3)
	stage := 0
	for i := 0; i < 3; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			rc.L.Lock()
			for stage == 0 {
				rc.Wait()
			}
			results[i] = stage * (i + 1)
			rc.L.Unlock()
		}(i)
	}
	for i := 0; i < 5; i++ {
		runtime.Gosched()
	}
	rw.Lock()
	stage = 7
	rw.Unlock()
	rc.Broadcast()
	wg2.Wait()
	fmt.Println("rlocker:", results)
	l := rw.RLocker()
	l.Lock()
	fmt.Println(rw.TryLock())
	l.Unlock()
	fmt.Println(rw.TryLock())
}
