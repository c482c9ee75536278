package main

import (
	"fmt"
	"math"
)

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + ": woof" }

type Cat struct{ lives int }

func (c *Cat) Sound() string { return fmt.Sprint("meow x", c.lives) }

type Point struct{ X, Y int }

func find(name string) *Cat {
	if name == "tom" {
		return &Cat{9}
	}
	return nil
}

func asAnimal(name string) Animal {
	return find(name) // an interface holding a nil *Cat is not nil
}

func main() {
	var a, b Animal
	fmt.Println(a == nil, a == b)
	a = Dog{"rex"}
	b = Dog{"rex"}
	fmt.Println(a == b, a != b)
	b = Dog{"max"}
	fmt.Println(a == b)
	c := &Cat{3}
	a, b = c, c
	fmt.Println(a == b, a == Animal(&Cat{3}))
	var x interface{} = 3
	var y interface{} = int64(3)
	var z interface{} = 3
	fmt.Println(x == y, x == z, x == 3, y == int64(3))
	fmt.Println(x == a, interface{}(a) == interface{}(c))

	n := asAnimal("nobody")
	fmt.Println(n == nil, n != nil)
	if n != nil {
		fmt.Println("holds a nil pointer:", n.(*Cat) == nil)
	}
	fmt.Println(asAnimal("tom").Sound())

	// Interfaces as map keys.
	m := map[interface{}]string{}
	m[1] = "int 1"
	m["1"] = "string 1"
	m[1.5] = "float"
	m[Point{1, 2}] = "point"
	m[[2]int{3, 4}] = "array"
	m[true] = "bool"
	m[nil] = "nil"
	fmt.Println(len(m), m[1], m["1"], m[1.5], m[Point{1, 2}], m[[2]int{3, 4}], m[true], m[nil])
	_, ok := m[int64(1)]
	fmt.Println(ok)
	delete(m, Point{1, 2})
	fmt.Println(len(m), m[Point{1, 2}] == "")

	am := map[Animal]int{}
	am[Dog{"a"}]++
	am[Dog{"a"}]++
	am[c]++
	am[c]++
	am[&Cat{3}]++
	fmt.Println(len(am), am[Dog{"a"}], am[c])

	// Struct and array keys.
	pm := map[Point][]string{}
	pm[Point{0, 0}] = append(pm[Point{0, 0}], "origin")
	pm[Point{0, 0}] = append(pm[Point{0, 0}], "again")
	fmt.Println(pm[Point{0, 0}], len(pm))
	grid := map[[2]int]bool{{1, 1}: true}
	fmt.Println(grid[[2]int{1, 1}], grid[[2]int{1, 2}])

	// NaN keys never match, each insert adds an entry.
	fm := map[float64]int{}
	nan := math.NaN()
	fm[nan] = 1
	fm[nan] = 2
	fm[0.0] = 3
	fm[math.Copysign(0, -1)] = 4
	_, found := fm[nan]
	fmt.Println(len(fm), found, fm[0])
	im := map[interface{}]int{}
	im[nan] = 1
	im[nan] = 2
	fmt.Println(len(im))
}
