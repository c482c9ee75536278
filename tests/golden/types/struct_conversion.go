package main

import "fmt"

type Point struct{ X, Y int }
type Vector struct{ X, Y int }

type Celsius float64

type Reading struct {
	Sensor string
	Temp   Celsius
}

type RawReading struct {
	Sensor string
	Temp   Celsius
}

func main() {
	p := Point{1, 2}
	v := Vector(p)
	v.X = 10
	fmt.Println(p, v)
	anon := struct{ X, Y int }{5, 6}
	p = anon
	fmt.Println(p)
	raw := RawReading{"s1", 21.5}
	r := Reading(raw)
	fmt.Printf("%+v %T\n", r, r)
	readings := []RawReading{{"a", 1}, {"b", 2}}
	conv := make([]Reading, len(readings))
	for i, rr := range readings {
		conv[i] = Reading(rr)
	}
	fmt.Println(conv)
	pp := &p
	vp := (*Vector)(pp)
	vp.Y = 99
	fmt.Println(p)
	type Pair [2]int
	arr := [2]int{3, 4}
	pr := Pair(arr)
	fmt.Println(pr, len(pr))
	type IntList []int
	il := IntList([]int{1, 2})
	plain := []int(il)
	plain[0] = 7
	fmt.Println(il)
}
