package main

import "fmt"

type Animal struct {
	Name  string
	Sound string
}

func (a Animal) Speak() string { return a.Name + " says " + a.Sound }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Tricks []string
}

func (d Dog) Speak() string { return d.Animal.Speak() + " (wags)" }

type Puppy struct {
	Dog
	Age int
}

func main() {
	p := Puppy{Dog{Animal{"Rex", "woof"}, []string{"sit"}}, 1}
	fmt.Println(p.Speak())
	p.Rename("Max")
	fmt.Println(p.Speak(), "|", p.Animal.Speak())
	p.Tricks = append(p.Tricks, "roll")
	fmt.Println(p.Dog.Tricks, p.Age)
	speakers := []interface{ Speak() string }{p, p.Dog, p.Animal, &p.Animal}
	for _, s := range speakers {
		fmt.Println(s.Speak())
	}
}
