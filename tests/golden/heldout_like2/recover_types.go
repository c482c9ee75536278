package main

import (
	"errors"
	"fmt"
	"runtime"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func try(name string, f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			fmt.Println(name, "no panic")
		case runtime.Error:
			fmt.Println(name, "runtime error:", v.Error())
		case *MyErr:
			fmt.Println(name, "MyErr code", v.Code)
		case error:
			fmt.Println(name, "error:", v)
		case string:
			fmt.Println(name, "string:", v)
		case int, int64:
			fmt.Printf("%s int-ish: %v (%T)\n", name, v, v)
		case fmt.Stringer:
			fmt.Println(name, "stringer:", v)
		default:
			fmt.Printf("%s other: %v (%T)\n", name, v, v)
		}
	}()
	f()
}

type S struct{}

func (S) String() string { return "I am S" }

func main() {
	try("ok", func() {})
	try("str", func() { panic("boom") })
	try("int", func() { panic(42) })
	try("int64", func() { panic(int64(7)) })
	try("err", func() { panic(errors.New("plain")) })
	try("myerr", func() { panic(&MyErr{404}) })
	try("fmterr", func() { panic(fmt.Errorf("wrapped: %w", &MyErr{1})) })
	try("idx", func() {
		var a []int
		_ = a[3]
	})
	try("div", func() {
		z := 0
		fmt.Println(1 / z)
	})
	try("nilmap", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("assert", func() {
		var i interface{} = "s"
		_ = i.(int)
	})
	try("stringer", func() { panic(S{}) })
	try("float", func() { panic(2.5) })
	try("slice", func() { panic([]int{1, 2}) })
	try("nilptr", func() {
		var p *MyErr
		fmt.Println(p.Code)
	})
	try("recover in nested", func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
			panic("second")
		}()
		panic("first")
	})
}
