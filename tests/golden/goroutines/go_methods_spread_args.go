package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc(wg *sync.WaitGroup) {
	defer wg.Done()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

type Base struct{ id int }

func (b *Base) Work(ch chan<- int) { ch <- b.id }

type Derived struct{ *Base }

func pair() (int, string) { return 4, "four" }

func show(n int, s string, ch chan bool) { fmt.Println(n, s); ch <- true }

func both() (int, string) { return 1, "x" }

func consume(n int, s string) { fmt.Println("consume", n, s) }

func main() {
	var wg sync.WaitGroup
	c := &Counter{}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go c.Inc(&wg)
	}
	wg.Wait()
	fmt.Println(c.n)
	ch := make(chan int)
	d := Derived{&Base{42}}
	go d.Work(ch)
	fmt.Println(<-ch)
	w := d.Work
	go w(ch)
	fmt.Println(<-ch)
	res := make(chan string, 3)
	for _, s := range []string{"a", "b", "c"} {
		go func(s string) { res <- s }(s)
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-res] = true
	}
	fmt.Println(len(got))
	defer consume(both())
	fmt.Println("main end")
}
