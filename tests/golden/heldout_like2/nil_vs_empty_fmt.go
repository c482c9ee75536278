package main

import (
	"fmt"
)

type T struct {
	S []int
	M map[string]int
	P *int
}

func main() {
	var ns []int
	es := []int{}
	fmt.Println(ns, es, ns == nil, es == nil, len(ns), cap(es))
	fmt.Printf("%v %v %d %d %#v %#v\n", ns, es, ns, es, ns, es)
	var nm map[string]int
	em := map[string]int{}
	fmt.Println(nm, em, nm == nil, em == nil)
	fmt.Printf("%#v %#v\n", nm, em)
	var t T
	fmt.Printf("%v %+v\n", t, t)
	fmt.Printf("%#v\n", t)
	var ip *int
	var e error
	var i interface{}
	fmt.Println(ip, e, i)
	fmt.Printf("%v %d %s %+v\n", ip, ns, ns, e)
	var f func()
	var ch chan int
	fmt.Println(f == nil, ch, len(ch), cap(ch))
	ns = append(ns, es...)
	fmt.Println(ns == nil, len(ns))
	var bs []byte
	fmt.Printf("%s|%q|%x|%v\n", bs, bs, bs, bs)
	fmt.Println(string(bs) == "", []byte("") == nil)
	var ps []*int
	fmt.Println(ps, len(ps))
	var arr [0]int
	fmt.Println(arr, len(arr))
}
