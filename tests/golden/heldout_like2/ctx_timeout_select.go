package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slow(ctx context.Context) error {
	select {
	case <-time.After(2 * time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func fast(ctx context.Context) (int, error) {
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	default:
		return 42, nil
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := slow(ctx)
	fmt.Println("slow:", err)
	fmt.Println("is deadline:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("is canceled:", errors.Is(err, context.Canceled))
	_, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok)

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	v, err := fast(ctx2)
	fmt.Println("fast:", v, err)
	cancel2()
	v, err = fast(ctx2)
	fmt.Println("after cancel:", v, err)
	_, ok = context.Background().Deadline()
	fmt.Println("background deadline:", ok)
	fmt.Println(context.Background())
	fmt.Println(context.TODO())
}
