package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

var ErrBad = errors.New("bad input")

func process(n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("process %d: %w", n, ErrBad)
	}
	return n * 2, nil
}

func main() {
	var g Group
	var mu sync.Mutex
	var out []int
	for _, n := range []int{1, 2, 3, 4} {
		n := n
		g.Go(func() error {
			v, err := process(n)
			if err != nil {
				return err
			}
			mu.Lock()
			out = append(out, v)
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	sort.Ints(out)
	fmt.Println(out, err)
	var g2 Group
	for _, n := range []int{5, -1} {
		n := n
		g2.Go(func() error { _, err := process(n); return err })
	}
	err = g2.Wait()
	fmt.Println(err, errors.Is(err, ErrBad))
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(err, &target), errors.Unwrap(err) == ErrBad)
}
