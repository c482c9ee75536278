package main

import (
	"fmt"
	"runtime"
)

func safe(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-10s ok\n", name)
			return
		}
		re, isRuntime := r.(runtime.Error)
		if isRuntime {
			fmt.Printf("%-10s runtime error: %v\n", name, re.Error())
		} else {
			fmt.Printf("%-10s panic: %v\n", name, r)
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	var m map[string]int
	var p *T
	var s []int
	var i interface{} = "str"
	zero := 0
	ch := make(chan int)
	close(ch)
	safe("nilmap", func() { m["a"] = 1 })
	safe("nilptr", func() { _ = p.x })
	safe("index", func() { _ = s[zero] })
	safe("divide", func() { _ = 10 / zero })
	safe("modulo", func() { _ = 10 % zero })
	safe("assert", func() { _ = i.(int) })
	safe("closed", func() { ch <- 1 })
	safe("closenil", func() {
		var c chan int
		close(c)
	})
	safe("custom", func() { panic("boom") })
	safe("error", func() { panic(fmt.Errorf("err %d", 1)) })
	safe("nothing", func() {})
	safe("slice3", func() { _ = s[:zero+1] })
	safe("makemap", func() { _ = make(map[int]int, zero-1) })
	safe("arrayptr", func() {
		var ap *[3]int
		_ = ap[1]
	})
	safe("intslice", func() {
		x := []int{1, 2, 3}
		_ = (*[4]int)(x)
	})
}
