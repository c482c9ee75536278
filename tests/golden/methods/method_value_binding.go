package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func main() {
	p := Point{1, 2}
	str := p.String // receiver copied now
	move := p.Move  // receiver is &p
	p.X = 100
	fmt.Println(str(), p.String())
	move(1, 1)
	fmt.Println(p)

	var fs []func() string
	pts := []Point{{1, 1}, {2, 2}, {3, 3}}
	for _, q := range pts {
		fs = append(fs, q.String)
	}
	pts[0].X = 99
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	movers := []func(int, int){pts[0].Move, pts[1].Move}
	movers[0](1, 0)
	movers[1](0, 5)
	fmt.Println(pts)
}
