package main

import (
	"fmt"
	"sort"
	"sync"
)

type Inventory struct {
	sync.Mutex
	items map[string]int
}

func (inv *Inventory) Add(name string, n int) {
	inv.Lock()
	defer inv.Unlock()
	inv.items[name] += n
}

func (inv *Inventory) Take(name string, n int) bool {
	inv.Lock()
	defer inv.Unlock()
	if inv.items[name] < n {
		return false
	}
	inv.items[name] -= n
	return true
}

func main() {
	inv := &Inventory{items: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			inv.Add("widget", 10)
			if i%2 == 0 {
				inv.Add("gadget", 3)
			}
		}(i)
	}
	wg.Wait()
	taken := 0
	var tmu sync.Mutex
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if inv.Take("widget", 7) {
				tmu.Lock()
				taken++
				tmu.Unlock()
			}
		}()
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range inv.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, inv.items[k])
	}
	fmt.Println("taken:", taken)
}
