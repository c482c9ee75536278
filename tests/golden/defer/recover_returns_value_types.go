package main

import (
	"errors"
	"fmt"
	"runtime"
)

type custom struct{ code int }

func try(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return "no panic"
}

func main() {
	cases := []func(){
		func() { panic("a string") },
		func() { panic(42) },
		func() { panic(errors.New("an error")) },
		func() { panic(custom{7}) },
		func() { panic(fmt.Sprintf("formatted %d", 3)) },
		func() {},
		func() { var m map[string]int; m["x"] = 1 },
		func() { a := []int{}; i := 3; _ = a[i] },
	}
	for i, c := range cases {
		r := try(c)
		switch v := r.(type) {
		case runtime.Error:
			fmt.Printf("%d runtime.Error: %v\n", i, v)
		case error:
			fmt.Printf("%d error: %v\n", i, v)
		case custom:
			fmt.Printf("%d custom: %+v\n", i, v)
		default:
			fmt.Printf("%d %T: %v\n", i, v, v)
		}
	}
}
