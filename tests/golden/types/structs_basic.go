package main

import "fmt"

type Person struct {
	Name string
	Age  int
	Tags []string
}

type Rect struct {
	Min, Max struct{ X, Y int }
}

func (p Person) Greeting() string { return "Hi, I'm " + p.Name }
func (p *Person) Birthday()       { p.Age++ }

func main() {
	alice := Person{Name: "Alice", Age: 30}
	bob := Person{"Bob", 25, []string{"admin"}}
	var carol Person
	carol.Name = "Carol"
	fmt.Println(alice, bob, carol)
	fmt.Printf("%+v\n", bob)
	fmt.Printf("%#v\n", alice)
	alice.Birthday()
	fmt.Println(alice.Age, alice.Greeting())
	p := &bob
	p.Birthday()
	p.Age += 10
	fmt.Println(bob.Age, p.Name, (*p).Greeting())
	copyOfBob := bob
	copyOfBob.Name = "Robert"
	copyOfBob.Tags[0] = "root"
	fmt.Println(bob.Name, bob.Tags, copyOfBob.Name)
	var r Rect
	r.Max.X, r.Max.Y = 10, 20
	fmt.Println(r, r.Max.X-r.Min.X)
	people := []Person{alice, bob}
	for i := range people {
		people[i].Birthday()
	}
	fmt.Println(people[0].Age, people[1].Age, alice.Age)
	pp := &Person{Name: "Dan"}
	fmt.Println(pp.Name, pp.Age)
}
