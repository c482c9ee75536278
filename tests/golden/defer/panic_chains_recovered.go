package main

import (
	"errors"
	"fmt"
)

var trace []string

func log(s string) { trace = append(trace, s) }

func normalThenPanic() {
	defer log("a1")
	defer func() {
		log("a2")
		var arr []int
		_ = arr[1]
	}()
	log("a0")
}

func recoverRepanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("outer: %v", r)
		}
	}()
	defer func() {
		r := recover()
		log(fmt.Sprint("inner got ", r))
		panic(errors.New("converted"))
	}()
	panic("original")
}

func nestedPanicRecovered() (s string) {
	defer func() { s += fmt.Sprint(" | last: ", recover()) }()
	defer func() {
		func() {
			defer func() { s += fmt.Sprint("inner recovered ", recover()) }()
			panic("inside deferred")
		}()
		s += " | after inner;"
	}()
	panic("outer panic")
}

type resource struct{ name string }

func (r *resource) Close() error {
	log("close " + r.name)
	if r.name == "bad" {
		return errors.New("close failed")
	}
	return nil
}

func useResources(names ...string) (err error) {
	for _, n := range names {
		r := &resource{n}
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	return nil
}

func main() {
	func() {
		defer func() { log(fmt.Sprint("caught: ", recover())) }()
		normalThenPanic()
	}()
	fmt.Println(recoverRepanic())
	fmt.Println(nestedPanicRecovered())
	fmt.Println(useResources("x", "bad", "y"))
	for _, t := range trace {
		fmt.Println(t)
	}
}
