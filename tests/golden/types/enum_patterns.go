package main

import (
	"fmt"
	"strings"
)

type Direction int

const (
	North Direction = iota
	East
	South
	West
	numDirections
)

var dirNames = [...]string{"North", "East", "South", "West"}

func (d Direction) String() string {
	if d < 0 || d >= numDirections {
		return fmt.Sprintf("Direction(%d)", int(d))
	}
	return dirNames[d]
}

func (d Direction) Turn(right bool) Direction {
	if right {
		return (d + 1) % numDirections
	}
	return (d + numDirections - 1) % numDirections
}

type Permission uint8

const (
	Read Permission = 1 << iota
	Write
	Execute
)

func (p Permission) String() string {
	var parts []string
	for _, x := range []struct {
		bit  Permission
		name string
	}{{Read, "r"}, {Write, "w"}, {Execute, "x"}} {
		if p&x.bit != 0 {
			parts = append(parts, x.name)
		} else {
			parts = append(parts, "-")
		}
	}
	return strings.Join(parts, "")
}

func main() {
	d := North
	for _, step := range "RRLRRR" {
		d = d.Turn(step == 'R')
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Println(Direction(7), West+0, numDirections)
	perms := []Permission{0, Read, Read | Write, Read | Write | Execute, Execute}
	fmt.Println(perms)
	p := Read | Execute
	p &^= Execute
	p |= Write
	fmt.Printf("%v %d %08b\n", p, p, p)
}
