package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Palette struct {
	Name   string
	Colors []Color
	Main   Color
}

type Tags []string

func (t Tags) String() string { return "#" + strings.Join(t, " #") }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Green, Green, Green)
	p := Palette{"warm", []Color{Red, Green}, Blue}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Println(map[Color]int{Blue: 3, Red: 1})
	fmt.Println([]fmt.Stringer{Red, Tags{"go", "vm"}})
	fmt.Println(Tags{"a", "b"}, &p.Main)
	fmt.Printf("%10v|%-8v|\n", Green, Red)
}
