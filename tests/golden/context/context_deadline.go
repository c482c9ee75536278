package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type temporary interface {
	Temporary() bool
	Timeout() bool
}

func wait(ctx context.Context, never <-chan int) error {
	select {
	case v := <-never:
		return fmt.Errorf("got %d", v)
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	never := make(chan int)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	fmt.Println("before:", ctx.Err())
	err := wait(ctx, never)
	fmt.Println("after:", err, err == context.DeadlineExceeded, errors.Is(err, context.DeadlineExceeded))
	fmt.Printf("%v|%s|%T|%q\n", err, err, err, err.Error())
	if t, ok := err.(temporary); ok {
		fmt.Println("timeout:", t.Timeout(), "temporary:", t.Temporary())
	}
	fmt.Println(context.Canceled, context.DeadlineExceeded)
	fmt.Printf("%T\n", context.Canceled)
	wrapped := fmt.Errorf("op failed: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded), errors.Is(wrapped, context.Canceled))

	long, cancelLong := context.WithTimeout(context.Background(), time.Hour)
	d, ok := long.Deadline()
	fmt.Println("has deadline:", ok, time.Until(d) > 59*time.Minute)
	fmt.Printf("%T\n", long)
	cancelLong()
	fmt.Println("cancelled early:", long.Err(), errors.Is(long.Err(), context.DeadlineExceeded))
	cancelLong()

	dl := time.Now().Add(2 * time.Hour)
	outer, cancelOuter := context.WithDeadline(context.Background(), dl)
	inner, cancelInner := context.WithDeadline(outer, dl.Add(time.Hour)) // later than the parent's
	d2, ok2 := inner.Deadline()
	fmt.Printf("%T %v %v\n", inner, d2.Equal(dl), ok2)
	sub, cancelSub := context.WithCancel(inner)
	d3, ok3 := sub.Deadline()
	fmt.Println(d3.Equal(dl), ok3)
	cancelOuter()
	<-sub.Done()
	fmt.Println(inner.Err(), sub.Err())
	cancelInner()
	cancelSub()

	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Minute))
	fmt.Println("past:", past.Err())
	cancelPast()
	fmt.Println("past after cancel:", past.Err())
	zero, cancelZero := context.WithTimeout(context.Background(), 0)
	defer cancelZero()
	<-zero.Done()
	fmt.Println("zero:", zero.Err())
}
