package main

import (
	"fmt"
	"sort"
	"sync"
)

type Session struct {
	User  string
	Count int
}

func main() {
	var sessions sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := fmt.Sprintf("user%d", i%5)
			actual, loaded := sessions.LoadOrStore(key, &Session{User: key})
			s := actual.(*Session)
			_ = loaded
			s.Count++
		}(i)
	}
	wg.Wait()
	var keys []string
	sessions.Range(func(k, v interface{}) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	for _, k := range keys {
		v, _ := sessions.Load(k)
		fmt.Printf("%s: %+v\n", k, *v.(*Session))
	}
	v, ok := sessions.Load("nobody")
	fmt.Println(v, ok)
	sessions.Delete("user0")
	v, loaded := sessions.LoadAndDelete("user1")
	fmt.Println(v.(*Session).User, loaded)
	_, loaded = sessions.LoadAndDelete("user1")
	fmt.Println(loaded)
	n := 0
	sessions.Range(func(k, v interface{}) bool {
		n++
		return false
	})
	fmt.Println("stopped after", n)
	var m sync.Map
	m.Store(1, "int one")
	m.Store("1", "string one")
	m.Store(1.0, "float one")
	m.Store(1, "int one again")
	total := 0
	m.Range(func(k, v interface{}) bool {
		total++
		if k == 1 {
			fmt.Println(v)
		}
		m.Delete(k)
		return true
	})
	fmt.Println(total)
	_, ok = m.Load(1)
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	m.Store([]int{1}, "slice")
}
