package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Request struct {
	context.Context
	ID int
}

type traced struct {
	context.Context
	name string
}

func (t traced) Value(k any) any {
	if k == "trace" {
		return t.name
	}
	return t.Context.Value(k)
}

func worker(ctx context.Context, id int, in <-chan int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case v := <-in:
			out <- fmt.Sprintf("worker %d got %d", id, v)
		}
	}
}

func handle(req Request) error {
	if err := req.Err(); err != nil {
		return fmt.Errorf("request %d: %w", req.ID, err)
	}
	return nil
}

func run(ctx context.Context, stop func()) []string {
	in := make(chan int)
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, in, out, &wg)
	}
	for v := 0; v < 3; v++ {
		in <- v
	}
	stop()
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	return lines
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	lines := run(ctx, cancel)
	fmt.Println(len(lines))
	for _, l := range lines {
		if strings.Contains(l, "stopped") {
			fmt.Println(l)
		}
	}

	base, stop := context.WithCancel(context.Background())
	req := Request{base, 7}
	fmt.Println(handle(req))
	child, stopChild := context.WithCancel(req) // parent: a struct embedding a Context
	defer stopChild()
	t := traced{child, "t-1"}
	inner, stopInner := context.WithCancel(t)
	defer stopInner()
	fmt.Println(inner.Value("trace"), t.Value("trace"), inner.Value("none"))
	go stop()
	<-inner.Done()
	err := handle(Request{inner, 8})
	fmt.Println(err, errors.Is(err, context.Canceled), child.Err())

	done := make(chan struct{})
	c2, cancel2 := context.WithCancel(context.Background())
	go func(f context.CancelFunc) {
		defer close(done)
		defer f()
	}(cancel2)
	<-done
	<-c2.Done()
	fmt.Println("c2:", c2.Err())
}
