package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type Logger struct {
	strings.Builder
	lines int
}

type Ref struct{ p *int }

func (r Ref) Get() int { return *r.p }

type Getter interface{ Get() int }

type Counts map[string]int

func (c Counts) Get() int { return len(c) }

type Multi interface {
	Split(s string, seps ...string) (string, int, error)
}

type splitter struct{ calls int }

func (sp *splitter) Split(s string, seps ...string) (string, int, error) {
	sp.calls++
	if len(seps) == 0 {
		return "", 0, errors.New("no seps")
	}
	return strings.Join(strings.Split(s, seps[0]), "|"), len(seps), nil
}

type Node interface {
	Sum() int
}

type Leaf int

func (l Leaf) Sum() int { return int(l) }

type Tree struct{ kids []Node }

func (t *Tree) Sum() int {
	s := 0
	for _, k := range t.kids {
		s += k.Sum()
	}
	return s
}

type timeout interface{ Timeout() bool }

type netErr struct{}

func (netErr) Error() string { return "net" }
func (netErr) Timeout() bool { return true }

func check(err error) string {
	switch e := err.(type) {
	case timeout:
		return fmt.Sprint("timeout=", e.Timeout())
	case nil:
		return "nil"
	default:
		return "other " + e.Error()
	}
}

func main() {
	var l Logger
	var w io.Writer = &l
	fmt.Fprintln(os.Stdout, "start")
	w.Write([]byte("abc"))
	fmt.Println(l.String())
	var s fmt.Stringer = time.Second * 3
	fmt.Println(s.String())
	x := 42
	var g Getter = Ref{&x}
	fmt.Println(g.Get())
	g = Counts{"a": 1, "b": 2}
	fmt.Println(g.Get())
	sp := &splitter{}
	var m Multi = sp
	r, n, err := m.Split("a,b,c", ",", ";")
	fmt.Println(r, n, err)
	_, _, err = m.Split("x")
	fmt.Println(err, sp.calls)
	t := &Tree{[]Node{Leaf(1), &Tree{[]Node{Leaf(2), Leaf(3)}}, Leaf(4)}}
	var root Node = t
	fmt.Println(root.Sum())
	fmt.Println(check(netErr{}), check(nil), check(errors.New("x")))
	var any1 interface{} = Ref{&x}
	g2 := any1.(Getter)
	x = 7
	fmt.Println(g2.Get())
	var e error = netErr{}
	var t2 timeout = e.(timeout)
	fmt.Println(t2.Timeout())
}
