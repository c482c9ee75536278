package main

import (
	"fmt"
	"strings"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Printf("%-10s ok=%v %v\n", name, ok, err)
	}()
	f()
}

type T struct{ x int }
type I interface{ M() }

func main() {
	var p *T
	var s []int
	var m map[string]int
	var i interface{} = "str"
	var ch chan int
	zero := 0
	n := 5
	catch("nilptr", func() { _ = p.x })
	catch("index", func() { _ = s[n] })
	catch("slice", func() { _ = s[1:n] })
	catch("slice3", func() { a := make([]int, 3, 4); _ = a[:2:n] })
	catch("divide", func() { _ = n / zero })
	catch("modulo", func() { _ = n % zero })
	catch("nilmap", func() { m["a"] = 1 })
	catch("assert", func() { _ = i.(int) })
	catch("assert2", func() { _ = i.(I) })
	catch("closenil", func() { close(ch) })
	catch("shift", func() { sh := -n; _ = 1 << sh })
	catch("strindex", func() { str := "abc"; _ = str[n] })
	catch("makeslice", func() { _ = make([]int, n-10) })
	catch("uncompar", func() { var a, b interface{} = []int{1}, []int{1}; _ = a == b })
	catch("hash", func() { mm := map[interface{}]int{}; mm[[]int{1}] = 1 })
	fmt.Println(strings.Repeat("=", 10))
}
