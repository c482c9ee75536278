package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	child1, cancel1 := context.WithCancel(parent)
	child2, cancel2 := context.WithTimeout(parent, time.Hour)
	defer cancel1()
	defer cancel2()
	grand := context.WithValue(child1, "k", "v")

	fmt.Println("before:", parent.Err(), child1.Err(), child2.Err(), grand.Err())
	cancel1()
	fmt.Println("child1 cancelled:", parent.Err(), child1.Err(), child2.Err(), grand.Err())
	cancelParent()
	<-child2.Done()
	fmt.Println("parent cancelled:", parent.Err(), child1.Err(), child2.Err(), grand.Err())
	select {
	case <-grand.Done():
		fmt.Println("grand done")
	default:
		fmt.Println("grand not done")
	}
	d, ok := child2.Deadline()
	fmt.Println("child2 deadline set:", ok, !d.IsZero())
}
