package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.mu.Lock()
			g.errs = append(g.errs, err)
			g.mu.Unlock()
		}
	}()
}

func (g *Group) Wait() []error {
	g.wg.Wait()
	sort.Slice(g.errs, func(i, j int) bool { return g.errs[i].Error() < g.errs[j].Error() })
	return g.errs
}

var ErrBad = errors.New("bad input")

func main() {
	var g Group
	out := make([]int, 6)
	for i := 0; i < 6; i++ {
		i := i
		g.Go(func() error {
			if i%3 == 2 {
				return fmt.Errorf("task %d: %w", i, ErrBad)
			}
			out[i] = i * 11
			return nil
		})
	}
	errs := g.Wait()
	fmt.Println(out)
	for _, e := range errs {
		fmt.Println(e, errors.Is(e, ErrBad))
	}
}
