package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context) error {
	select {
	case <-time.After(5 * time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func fastOp(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	default:
		return nil
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	fmt.Println("fast:", fastOp(ctx))
	err := slowOp(ctx)
	fmt.Println("slow:", err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)
	_, bgDeadline := context.Background().Deadline()
	fmt.Println("background deadline:", bgDeadline)
	ctx2, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	<-ctx2.Done()
	fmt.Println("past deadline:", ctx2.Err())
	type key string
	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")))
	fmt.Println(context.TODO().Err())
}
