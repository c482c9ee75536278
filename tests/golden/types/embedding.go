package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " says woof" }

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Dog
	Name string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Speak())
	d.Rename("Max")
	fmt.Println(d.Animal.Name, d.Describe())
	fmt.Printf("%+v\n", d)
	s := Service{Logger: &Logger{"[svc] "}, Dog: d, Name: "outer"}
	s.Log("started")
	fmt.Println(s.Name, s.Dog.Name, s.Animal.Name, s.Speak())
	s.Legs = 3
	fmt.Println(s.Describe())
	fmt.Println(d.Describe())
}
