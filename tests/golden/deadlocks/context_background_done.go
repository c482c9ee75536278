package main

import (
	"context"
	"fmt"
)

func wait(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

func main() {
	ctx := context.Background()
	fmt.Println("done channel is nil:", ctx.Done() == nil)
	fmt.Println(wait(ctx))
}
