package main

import (
	"fmt"
	"runtime"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			fmt.Printf("%-10s runtime.Error: %v\n", name, err)
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%-10s error: %v\n", name, err)
			return
		}
		fmt.Printf("%-10s value: %v\n", name, r)
	}()
	f()
}

type T struct{ x int }

func main() {
	s := []int{1, 2, 3}
	idx := 5
	catch("index", func() { _ = s[idx] })
	catch("negative", func() { i := -1; _ = s[i+0] })
	catch("slice", func() { _ = s[1:idx] })
	catch("slice2", func() { lo := 3; _ = s[lo:2] })
	catch("string", func() { str := "abc"; _ = str[idx] })
	catch("divide", func() { zero := 0; _ = 10 / zero })
	catch("modulo", func() { zero := 0; _ = 10 % zero })
	catch("nilmap", func() { var m map[string]int; m["a"] = 1 })
	catch("nilptr", func() { var p *T; _ = p.x })
	catch("assert", func() { var i interface{} = "str"; _ = i.(int) })
	catch("assert2", func() { var i interface{}; _ = i.(fmt.Stringer) })
	catch("array", func() { var a [3]int; j := 4; a[j%8] = 1 })
	catch("closed", func() { ch := make(chan int); close(ch); close(ch) })
	catch("sendclosed", func() { ch := make(chan int, 1); close(ch); ch <- 1 })
	catch("makeslice", func() { n := -1; _ = make([]int, n) })
	catch("custom", func() { panic("plain string") })
}
