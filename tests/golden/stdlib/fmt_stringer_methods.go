package main

import (
	"fmt"
	"strings"
	"time"
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

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Node struct{ Name string }

func (n *Node) String() string {
	if n == nil {
		return "nil-node"
	}
	return "node " + n.Name
}

type Code struct{ N int }

func (c Code) Error() string  { return fmt.Sprintf("code %d", c.N) }
func (c Code) String() string { return "never: Error wins" }

type Shape struct {
	C      Color
	hidden Color
	P      Point
	Ps     []Point
	M      map[Color]Point
	Any    interface{}
	D      time.Duration
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %x %X %q %5v|%-8s|%.2s\n", Green, Green, Green, Green, Green, Green, Red, Blue, Blue)
	fmt.Printf("%v %+v %#v %T\n", Point{1, 2}, Point{1, 2}, Point{1, 2}, Point{1, 2})
	fmt.Println([]Color{Red, Blue}, [2]Point{{1, 2}, {3, 4}}, map[Color]int{Blue: 3, Red: 1, Green: 2})
	s := Shape{Green, Blue, Point{5, 6}, []Point{{7, 8}}, map[Color]Point{Red: {0, 0}}, Blue, 1500 * time.Millisecond}
	fmt.Println(s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%d\n", s)
	n := &Node{"a"}
	var nilNode *Node
	fmt.Println(n, nilNode, []*Node{nilNode, n})
	fmt.Printf("%v %s %d\n", Code{3}, Code{4}, Code{5})
	fmt.Println([]interface{}{Red, Point{9, 9}, Code{1}, nil, 2})
	fmt.Println(time.March, time.Saturday, 90*time.Second, []time.Duration{time.Millisecond, 0})
	var sb strings.Builder
	sb.WriteString("built")
	fmt.Println(&sb)
	fmt.Printf("[%7v] [%-7v] [%07v]\n", Point{1, 2}, Code{1}, Red)
	fmt.Print(Red, Blue, "|", Point{}, "\n")
	fmt.Println(fmt.Sprint(Red) + fmt.Sprintf("%v", Blue) + fmt.Sprintln(Green))
}
