package main

import "fmt"

func level3() {
	defer fmt.Println("level3 deferred")
	panic("from level3")
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level2 recovered:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	level3()
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("level1 caught: %v", r)
		}
	}()
	level2()
	return nil
}

func deferPanics() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("final recover: ", r)
	}()
	defer func() {
		panic("panic in defer replaces")
	}()
	panic("original")
}

func main() {
	fmt.Println(level1())
	fmt.Println(deferPanics())
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("r =", recover())
		}()
		defer func() {
			defer func() { fmt.Println("inner r =", recover()) }()
			panic("inside deferred")
		}()
		panic("outer")
	}()
	fmt.Println("end")
}
