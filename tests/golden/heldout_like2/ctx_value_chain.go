package main

import (
	"context"
	"fmt"
)

type key string
type otherKey int

func handle(ctx context.Context) {
	user, _ := ctx.Value(key("user")).(string)
	id, ok := ctx.Value(key("reqid")).(int)
	fmt.Printf("user=%q id=%d ok=%v\n", user, id, ok)
	fmt.Println("missing:", ctx.Value(key("nope")))
	fmt.Println("other type key:", ctx.Value(otherKey(1)))
}

func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, key("user"), "alice")
	ctx = context.WithValue(ctx, otherKey(1), 3.5)
	handle(ctx)
	ctx = context.WithValue(ctx, key("reqid"), 77)
	ctx = context.WithValue(ctx, key("user"), "bob")
	handle(ctx)
	cctx, cancel := context.WithCancel(ctx)
	fmt.Println("through cancel:", cctx.Value(key("user")))
	cancel()
	cancel()
	fmt.Println(cctx.Err())
	fmt.Println("parent err:", ctx.Err())
}
