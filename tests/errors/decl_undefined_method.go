package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	c := &Counter{}
	c.Increment() // ERROR "c.Increment undefined \(type \*Counter has no field or method"
	fmt.Println(c.n)
}
