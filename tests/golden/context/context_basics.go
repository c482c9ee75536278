package main

import (
	"context"
	"fmt"
)

type key string

func state(name string, ctx context.Context) {
	select {
	case <-ctx.Done():
		fmt.Println(name, "done:", ctx.Err())
	default:
		fmt.Println(name, "live:", ctx.Err())
	}
}

func main() {
	bg := context.Background()
	todo := context.TODO()
	fmt.Println(bg, todo)
	fmt.Printf("%v %s %T\n", bg, todo, bg)
	fmt.Println(bg.Done() == nil, bg.Err(), bg.Value("x"))

	parent, cancelParent := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(parent)
	grand, cancelGrand := context.WithCancel(child)
	defer cancelGrand()
	other, cancelOther := context.WithCancel(parent)
	fmt.Println(parent)
	fmt.Println(grand)
	fmt.Printf("%T %T\n", parent, context.WithValue(parent, key("k"), 1))
	fmt.Println(context.WithValue(grand, key("user"), "ann"))
	fmt.Println(child.Done() == child.Done(), child.Done() != grand.Done())

	state("parent", parent)
	state("child", child)
	cancelChild()
	cancelChild() // a second call does nothing
	state("parent", parent)
	state("child", child)
	state("grand", grand)
	state("other", other)

	cancelParent()
	state("other", other)
	cancelOther()
	state("other", other)
	<-grand.Done()
	fmt.Println(grand.Err() == context.Canceled, parent.Err() == child.Err())

	late, cancelLate := context.WithCancel(parent) // parent already cancelled
	state("late", late)
	cancelLate()
	var stop context.CancelFunc = cancelParent
	stop()
	fmt.Println("ok")
}
