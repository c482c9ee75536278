package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func stage(ctx context.Context, id int, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v + id:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
	ctx2, cancel2 := context.WithCancel(context.Background())
	src := make(chan int)
	go func() {
		defer close(src)
		for i := 0; i < 5; i++ {
			src <- i * 10
		}
	}()
	out := stage(ctx2, 3, stage(ctx2, 1, src))
	var got []int
	for v := range out {
		got = append(got, v)
	}
	cancel2()
	fmt.Println(got)
	var wg sync.WaitGroup
	for round := 0; round < 3; round++ {
		total := 0
		var mu sync.Mutex
		for i := 1; i <= 4; i++ {
			wg.Add(1)
			go func(n int) {
				defer wg.Done()
				mu.Lock()
				total += n * round
				mu.Unlock()
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, total)
	}
	ch := make(chan int)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(ch)
		close(ch)
	}()
	type key struct{}
	c3 := context.WithValue(context.Background(), key{}, []string{"x"})
	fmt.Println(c3.Value(key{}), c3.Value("other"))
	ctx4, cancel4 := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel4()
	select {
	case <-ctx4.Done():
		fmt.Println("timed out:", ctx4.Err())
	case <-time.After(2 * time.Second):
		fmt.Println("too slow")
	}
}
