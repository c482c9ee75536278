package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap) Keys() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	keys := make([]string, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	sm := &SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	words := []string{"a", "b", "c", "a", "b", "a"}
	for i := 0; i < 50; i++ {
		for _, w := range words {
			wg.Add(1)
			go func(w string) {
				defer wg.Done()
				sm.Inc(w)
			}(w)
		}
	}
	var readers sync.WaitGroup
	found := make([]bool, 5)
	for r := 0; r < 5; r++ {
		readers.Add(1)
		go func(r int) {
			defer readers.Done()
			_, found[r] = sm.Get("zzz")
		}(r)
	}
	wg.Wait()
	readers.Wait()
	for _, k := range sm.Keys() {
		v, _ := sm.Get(k)
		fmt.Println(k, v)
	}
	fmt.Println(found)
	var mu sync.Mutex
	fmt.Println("trylock:", mu.TryLock(), mu.TryLock())
	mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("try write while read:", rw.TryLock(), "try read:", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("try write now:", rw.TryLock())
}
