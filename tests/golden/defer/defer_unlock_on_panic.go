package main

import (
	"fmt"
	"sync"
)

type Registry struct {
	mu    sync.Mutex
	names map[string]int
}

func (r *Registry) Register(name string) (id int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if name == "" {
		panic("empty name")
	}
	id = len(r.names) + 1
	r.names[name] = id
	return id
}

func (r *Registry) SafeRegister(name string) (id int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("register %q: %v", name, p)
		}
	}()
	return r.Register(name), nil
}

func main() {
	r := &Registry{names: map[string]int{}}
	for _, n := range []string{"alpha", "", "beta", "", "gamma"} {
		id, err := r.SafeRegister(n)
		fmt.Println(id, err)
	}
	r.mu.Lock()
	fmt.Println("lock is free after panics; size:", len(r.names))
	r.mu.Unlock()
}
