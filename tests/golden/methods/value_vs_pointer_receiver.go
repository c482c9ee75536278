package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int   { return c.n }
func (c Counter) IncValue()  { c.n++ }
func (c *Counter) IncPointer() { c.n++ }

func main() {
	c := Counter{}
	c.IncValue()
	fmt.Println("after IncValue:", c.Get())
	c.IncPointer()
	c.IncPointer()
	fmt.Println("after IncPointer x2:", c.Get())

	p := &c
	p.IncValue()
	p.IncPointer()
	fmt.Println("through pointer:", p.Get(), c.n)

	arr := []Counter{{1}, {2}, {3}}
	for _, x := range arr {
		x.IncPointer()
	}
	fmt.Println(arr)
	for i := range arr {
		arr[i].IncPointer()
	}
	fmt.Println(arr)

	m := map[string]*Counter{"a": {10}}
	m["a"].IncPointer()
	fmt.Println(m["a"].Get())
}
