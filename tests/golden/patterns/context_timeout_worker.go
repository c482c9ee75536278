package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	fmt.Println("fast:", slowOp(ctx, time.Millisecond))
	err := slowOp(ctx, 5*time.Second)
	fmt.Println("slow:", err, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(ctx.Err())
	_, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok)

	dl := time.Now().Add(time.Hour)
	ctx2, cancel2 := context.WithDeadline(context.Background(), dl)
	d, ok := ctx2.Deadline()
	fmt.Println(d.Equal(dl), ok, ctx2.Err())
	cancel2()
	fmt.Println(ctx2.Err())

	ctx3, cancel3 := context.WithTimeout(context.Background(), -time.Second)
	defer cancel3()
	<-ctx3.Done()
	fmt.Println("already expired:", ctx3.Err())
}
