package main

import (
	"errors"
	"fmt"
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

func main() {
	var g Group
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		i := i
		g.Go(func() error {
			results[i] = i * 10
			return nil
		})
	}
	fmt.Println(g.Wait(), results)
	var g2 Group
	failing := errors.New("task 3 failed")
	for i := 0; i < 5; i++ {
		i := i
		g2.Go(func() error {
			if i == 3 {
				return failing
			}
			return nil
		})
	}
	err := g2.Wait()
	fmt.Println(err, errors.Is(err, failing))
}
