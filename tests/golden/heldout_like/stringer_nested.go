package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type City struct {
	Name string
	Temp Celsius
}

type Pair struct {
	Key   string
	Value fmt.Stringer
}

type Level int

func (l *Level) String() string { return fmt.Sprintf("L%d", int(*l)) }

func main() {
	c := City{"Oslo", -3.5}
	fmt.Println(c)
	fmt.Printf("%v|%+v|%s\n", c, c, c.Temp)
	cities := []City{{"Rome", 21}, {"Cairo", 35.25}}
	fmt.Println(cities)
	m := map[string]Celsius{"a": 1, "b": 2.5}
	fmt.Println(m)
	p := Pair{"t", Celsius(9)}
	fmt.Printf("%v %+v\n", p, p)
	ptr := &City{"Lima", 18}
	fmt.Println(ptr)
	l := Level(3)
	fmt.Println(l, &l)
	levels := []*Level{&l}
	fmt.Println(len(levels), *levels[0], levels[0])
	arr := [2]Celsius{1, 2}
	fmt.Println(arr)
	fmt.Printf("%d %v\n", c.Temp, []interface{}{c.Temp, 3})
	var s fmt.Stringer
	fmt.Println(s)
	fmt.Printf("%s\n", []Celsius{5})
}
