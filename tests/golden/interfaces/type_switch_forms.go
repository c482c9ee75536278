package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Circ struct{ r float64 }

func (c *Circ) Area() float64 { return 3 * c.r * c.r }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.code) }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string of length " + strconv.Itoa(len(v))
	case []int:
		return fmt.Sprint("slice len ", len(v))
	case Sq:
		return fmt.Sprint("square side ", v.s)
	case error:
		return "error: " + v.Error()
	case Shape:
		return fmt.Sprint("shape area ", v.Area())
	case func() int:
		return "func"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func describe(s Shape) string {
	switch t := s.(type) {
	case Sq:
		return fmt.Sprint("Sq ", t.s)
	case *Circ:
		t.r++
		return fmt.Sprint("Circ ", t.r)
	case nil:
		return "no shape"
	}
	return "unknown"
}

func kind(err error) string {
	switch err.(type) {
	case nil:
		return "ok"
	case *MyErr:
		return "mine"
	case *strconv.NumError:
		return "numerr"
	}
	return "other"
}

func main() {
	var nilShape Shape
	var nilCirc *Circ
	values := []interface{}{nil, 1, int64(2), "héllo", []int{1, 2}, Sq{2}, &Circ{1},
		errors.New("boom"), &MyErr{7}, 2.5, nilShape, true}
	fmt.Println(nilCirc == nil)
	for _, v := range values {
		fmt.Println(classify(v))
	}
	c := &Circ{2}
	fmt.Println(describe(Sq{3}), describe(c), describe(c), describe(nil), c.r)
	_, perr := strconv.Atoi("x1")
	fmt.Println(kind(nil), kind(&MyErr{1}), kind(perr), kind(errors.New("e")))

	// Comma-ok assertions to concrete and interface types.
	var s Shape = Sq{4}
	if q, ok := s.(Sq); ok {
		fmt.Println("sq", q.s, q.Area())
	}
	cc, ok := s.(*Circ)
	fmt.Println(cc == nil, ok)
	var e interface{} = s
	sh, ok := e.(Shape)
	fmt.Println(sh.Area(), ok)
	er, ok := e.(error)
	fmt.Println(er == nil, ok)
	q2, ok := e.(Sq)
	fmt.Println(q2.s, ok)
	var empty interface{}
	q3, ok := empty.(Sq)
	fmt.Println(q3.s, ok)
}
