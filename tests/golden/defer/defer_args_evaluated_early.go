package main

import "fmt"

type T struct{ v int }

func (t T) Show(tag string)   { fmt.Println(tag, "value recv", t.v) }
func (t *T) ShowP(tag string) { fmt.Println(tag, "ptr recv", t.v) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func work() {
	defer un(trace("work"))
	fmt.Println("in work")
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
	t := T{1}
	defer t.Show("a")
	defer t.ShowP("b")
	t.v = 42
	work()
	s := []int{1, 2}
	defer fmt.Println("slice", s)
	s[0] = 100
	s = append(s, 3)
}
