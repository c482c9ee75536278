package main

import "fmt"

type Runner interface{ Run() string }
type Walker struct{}

func (Walker) Walk() string { return "walking" }

func main() {
	var x interface{} = Walker{}
	_, ok := x.(Runner)
	fmt.Println("is runner:", ok)
	r := x.(Runner)
	fmt.Println(r.Run())
}
