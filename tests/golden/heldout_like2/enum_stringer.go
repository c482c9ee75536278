package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

var colorNames = [...]string{"Red", "Green", "Blue"}

func (c Color) String() string {
	if c < 0 || int(c) >= len(colorNames) {
		return fmt.Sprintf("Color(%d)", int(c))
	}
	return colorNames[c]
}

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
)

func (l *Level) String() string { return "ptr-level" }

type State struct {
	C     Color
	L     Level
	Cs    []Color
	ByCol map[Color]int
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %d %s %q %x %+v %#v\n", Green, Green, Green, Green, Green, Green, Green)
	l := Warn
	fmt.Println(l, &l)
	fmt.Printf("%v %d\n", l, l)
	s := State{Blue, Info, []Color{Red, Green}, map[Color]int{Blue: 1, Red: 2}}
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Println(fmt.Sprint(Red) + "!")
	var stringer fmt.Stringer = Blue
	fmt.Println(stringer.String())
	_, ok := interface{}(l).(fmt.Stringer)
	_, ok2 := interface{}(&l).(fmt.Stringer)
	fmt.Println(ok, ok2)
	for c := Red; c <= Blue; c++ {
		fmt.Print(c, ":", int(c), " ")
	}
	fmt.Println()
}
