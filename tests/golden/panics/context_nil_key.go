package main

import (
	"context"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	bg := context.Background()
	try("nil parent", func() { context.WithCancel(nil) })
	try("nil parent value", func() { context.WithValue(nil, "k", 1) })
	try("uncomparable key", func() { context.WithValue(bg, []int{1}, 1) })
	try("nil key", func() { context.WithValue(bg, nil, 1) })
	fmt.Println("now without recover")
	context.WithValue(bg, nil, 1)
}
