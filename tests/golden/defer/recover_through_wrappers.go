package main

import "fmt"

type R interface{ Handle() }
type h struct{ name string }

func (x h) Handle() { fmt.Println(x.name, "recovered:", recover()) }

type Outer struct{ h }

func main() {
	func() {
		var r R = h{"iface method value"}
		f := r.Handle
		defer f()
		panic("p1")
	}()
	func() {
		var r R = h{"iface direct"}
		defer r.Handle()
		panic("p2")
	}()
	func() {
		defer R.Handle(h{"iface method expr"})
		panic("p3")
	}()
	func() {
		o := Outer{h{"promoted expr"}}
		defer Outer.Handle(o)
		panic("p4")
	}()
	fmt.Println("end")
}
