package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

func apply(f func(Point) Point, p Point) Point { return f(p) }

func main() {
	p := Point{1, 2}
	add := p.Add
	p = Point{100, 100}
	fmt.Println(add(Point{10, 20}))
	fmt.Println(apply(p.Add, Point{1, 1}))

	scale := p.Scale
	scale(2)
	fmt.Println(p)

	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	scaleExpr := (*Point).Scale
	q := Point{3, 4}
	scaleExpr(&q, 3)
	fmt.Println(q)
	str := Point.String
	fmt.Println(str(q))
	ptrStr := (*Point).String
	fmt.Println(ptrStr(&q))

	var c Counter
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n, inc())
	fs := []func() int{c.Inc, c.Inc}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", addExpr)
	fmt.Printf("%T\n", scaleExpr)
}
