package main

import "fmt"

func protect(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %v (%T)\n", name, r, r)
		} else {
			fmt.Printf("%s: finished normally\n", name)
		}
	}()
	f()
}

type customErr struct{ code int }

func (c customErr) Error() string { return fmt.Sprint("custom code ", c.code) }

func main() {
	protect("ok", func() {})
	protect("string", func() { panic("something bad") })
	protect("int", func() { panic(42) })
	protect("error", func() { panic(fmt.Errorf("wrapped %d", 7)) })
	protect("custom", func() { panic(customErr{3}) })
	protect("float", func() { panic(2.5) })
	protect("slice", func() { panic([]int{1, 2}) })
	fmt.Println("recover outside panic:", recover())
	protect("nested", func() {
		defer func() {
			fmt.Println("inner deferred runs first")
		}()
		panic("from nested")
	})
	fmt.Println("main continues")
}
