package main

import (
	"fmt"
	"sync"
)

type Service struct {
	once  sync.Once
	conn  string
	inits int
}

func (s *Service) Conn() string {
	s.once.Do(func() {
		s.inits++
		s.conn = "connected"
	})
	return s.conn
}

func main() {
	s := &Service{}
	var wg sync.WaitGroup
	got := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			got[i] = s.Conn()
		}(i)
	}
	wg.Wait()
	fmt.Println(s.inits, got[0], got[9])
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("only once, i =", i) })
	}
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("init failed") })
	}()
	o2.Do(func() { fmt.Println("not called again") })
	fmt.Println("done")
}
