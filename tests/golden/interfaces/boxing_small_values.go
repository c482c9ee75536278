package main

import "fmt"

type Empty struct{}
type Flag bool
type Small uint8

func (Empty) Kind() string { return "empty" }
func (f Flag) Kind() string {
	if f {
		return "flag-on"
	}
	return "flag-off"
}
func (s Small) Kind() string { return fmt.Sprintf("small-%d", uint8(s)) }

type Kinder interface{ Kind() string }

func main() {
	vals := []Kinder{Empty{}, Flag(true), Flag(false), Small(0), Small(255), Empty{}}
	for _, v := range vals {
		fmt.Print(v.Kind(), " ")
	}
	fmt.Println()
	fmt.Println(vals[0] == vals[5], vals[1] == Flag(true), vals[3] == Small(0), vals[3] == vals[4])
	var boxed []interface{}
	for i := 0; i < 300; i += 60 {
		boxed = append(boxed, i, uint8(i), int8(i), float32(i)/2, i%2 == 0)
	}
	fmt.Println(boxed...)
	var e1, e2 interface{} = struct{}{}, struct{}{}
	fmt.Println(e1 == e2)
	s := "boxed string"
	var is interface{} = s
	s = "changed"
	fmt.Println(is, s)
}
