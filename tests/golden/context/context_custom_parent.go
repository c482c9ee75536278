package main

import (
	"context"
	"fmt"
	"time"
)

// A Context implemented from scratch: its Done channel is not one of the package's.
type gate struct {
	done chan struct{}
	err  error
}

func (g *gate) Deadline() (time.Time, bool) { return time.Time{}, false }
func (g *gate) Done() <-chan struct{}       { return g.done }
func (g *gate) Err() error {
	select {
	case <-g.done:
		return g.err
	default:
		return nil
	}
}
func (g *gate) Value(k any) any {
	if k == "gate" {
		return "yes"
	}
	return nil
}

func main() {
	g := &gate{done: make(chan struct{}), err: fmt.Errorf("gate closed")}
	ctx, cancel := context.WithCancel(g)
	defer cancel()
	vctx := context.WithValue(ctx, "k", "v")
	fmt.Println(ctx.Err(), vctx.Value("gate"), vctx.Value("k"), vctx.Value("other"))
	close(g.done)
	<-ctx.Done()
	fmt.Println("child:", ctx.Err(), vctx.Err())

	g2 := &gate{done: make(chan struct{}), err: context.Canceled}
	close(g2.done)
	c2, cancel2 := context.WithCancel(g2) // parent already done
	fmt.Println("already:", c2.Err())
	cancel2()

	g3 := &gate{done: make(chan struct{})}
	c3, cancel3 := context.WithCancel(g3)
	cancel3() // the child ends first; the parent stays open
	fmt.Println("c3:", c3.Err(), g3.Err())
	_, ok := c3.Deadline()
	fmt.Println("deadline:", ok)
}
