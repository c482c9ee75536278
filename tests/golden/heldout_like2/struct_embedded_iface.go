package main

import (
	"fmt"
	"sort"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{}

func (Dog) Sound() string { return "woof" }
func (Dog) Name() string  { return "dog" }

type Loud struct {
	Animal
}

func (l Loud) Sound() string { return l.Animal.Sound() + "!!!" }

type byLenDesc struct{ sort.StringSlice }

func (b byLenDesc) Less(i, j int) bool {
	if len(b.StringSlice[i]) != len(b.StringSlice[j]) {
		return len(b.StringSlice[i]) > len(b.StringSlice[j])
	}
	return b.StringSlice.Less(i, j)
}

type Partial struct {
	fmt.Stringer
	id int
}

func main() {
	var a Animal = Loud{Dog{}}
	fmt.Println(a.Name(), a.Sound())
	words := []string{"kiwi", "fig", "banana", "apple", "date", "plum"}
	sort.Sort(byLenDesc{words})
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
	p := Partial{id: 1}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	fmt.Println(p.id)
	fmt.Println(p.String())
}
