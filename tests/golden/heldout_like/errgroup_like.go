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

func fetch(url string) error {
	if len(url) > 12 {
		return fmt.Errorf("fetch %s: %w", url, errors.New("too long"))
	}
	return nil
}

func main() {
	var g Group
	urls := []string{"a.com", "b.org", "c.net"}
	results := make([]string, len(urls))
	for i, u := range urls {
		i, u := i, u
		g.Go(func() error {
			if err := fetch(u); err != nil {
				return err
			}
			results[i] = "ok:" + u
			return nil
		})
	}
	fmt.Println(g.Wait(), results)
	var g2 Group
	g2.Go(func() error { return fetch("very-long-domain.example") })
	g2.Go(func() error { return nil })
	err := g2.Wait()
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err))
}
