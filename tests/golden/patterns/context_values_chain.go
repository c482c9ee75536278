package main

import (
	"context"
	"fmt"
)

type ctxKey string
type otherKey int

func handler(ctx context.Context) string {
	user, _ := ctx.Value(ctxKey("user")).(string)
	reqID, ok := ctx.Value(otherKey(1)).(int)
	if !ok {
		reqID = -1
	}
	return fmt.Sprintf("user=%s req=%d role=%v", user, reqID, ctx.Value(ctxKey("role")))
}

func main() {
	ctx := context.Background()
	fmt.Println(handler(ctx))
	ctx = context.WithValue(ctx, ctxKey("user"), "alice")
	fmt.Println(handler(ctx))
	ctx = context.WithValue(ctx, otherKey(1), 42)
	ctx = context.WithValue(ctx, ctxKey("role"), "admin")
	fmt.Println(handler(ctx))
	shadow := context.WithValue(ctx, ctxKey("user"), "bob")
	fmt.Println(handler(shadow))
	fmt.Println(handler(ctx))
	fmt.Println(ctx.Value("user"), ctx.Value(otherKey(2)))
	cctx, cancel := context.WithCancel(shadow)
	cancel()
	fmt.Println(handler(cctx), cctx.Err())
}
