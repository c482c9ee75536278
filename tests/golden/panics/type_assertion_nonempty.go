package main

import "fmt"

type Shape interface{ Area() int }

type A struct{}

func (*A) Area() int { return 1 }

type B struct{}

func (*B) Area() int { return 2 }

func main() {
	var s Shape = &A{}
	if _, ok := s.(*B); !ok {
		fmt.Println("not a *B")
	}
	fmt.Println(s.(*A).Area())
	b := s.(*B)
	fmt.Println(b.Area())
}
