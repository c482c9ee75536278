package main

import "fmt"

type Sizer interface{ Size() int }

type Box struct{ w, h int }

func (b Box) Size() int { return b.w * b.h }

func main() {
	var s Sizer = &Box{2, 3}
	fmt.Println(s.Size())
	var nb *Box
	s = nb
	fmt.Println(s != nil)
	fmt.Println(s.Size())
}
