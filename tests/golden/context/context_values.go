package main

import (
	"context"
	"fmt"
	"time"
)

type userKey string
type idKey int
type pairKey struct {
	a, b int
}
type named struct{ name string }

func (n named) String() string { return "named(" + n.name + ")" }

func lookup(ctx context.Context, keys ...any) {
	for _, k := range keys {
		fmt.Printf("%v=%v ", k, ctx.Value(k))
	}
	fmt.Println()
}

func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, userKey("name"), "alice")
	ctx = context.WithValue(ctx, idKey(7), 42)
	ctx = context.WithValue(ctx, pairKey{1, 2}, []int{1, 2})
	ctx = context.WithValue(ctx, "name", "plain string key")
	lookup(ctx, userKey("name"), idKey(7), pairKey{1, 2}, "name", idKey(8), pairKey{2, 1}, 7)

	shadow := context.WithValue(ctx, userKey("name"), "bob")
	lookup(shadow, userKey("name"))
	lookup(ctx, userKey("name"))

	cctx, cancel := context.WithCancel(shadow)
	tctx, tcancel := context.WithTimeout(cctx, time.Hour)
	vctx := context.WithValue(tctx, idKey(7), named{"x"})
	lookup(vctx, userKey("name"), idKey(7), pairKey{1, 2})
	fmt.Println(vctx.Value(idKey(7)).(fmt.Stringer).String())
	if s, ok := vctx.Value(userKey("name")).(string); ok {
		fmt.Println("string value:", s)
	}
	if _, ok := vctx.Value(userKey("missing")).(string); !ok {
		fmt.Println("missing is not a string")
	}
	fmt.Println(context.WithValue(context.Background(), idKey(1), named{"y"}))
	fmt.Println(context.WithValue(context.TODO(), userKey("k"), 3.5))
	fmt.Println(vctx.Err())
	cancel()
	fmt.Println(vctx.Err(), tctx.Err())
	tcancel()
	lookup(vctx, userKey("name"))
}
