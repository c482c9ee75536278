package main

import (
	"fmt"
	"strings"
)

type Visitor interface {
	VisitNum(n Num) string
	VisitAdd(a Add) string
}

type Expr interface{ Accept(v Visitor) string }
type Num float64
type Add struct{ L, R Expr }

func (n Num) Accept(v Visitor) string { return v.VisitNum(n) }
func (a Add) Accept(v Visitor) string { return v.VisitAdd(a) }

type printer struct{ depth int }

func (p *printer) VisitNum(n Num) string { return fmt.Sprint(float64(n)) }
func (p *printer) VisitAdd(a Add) string {
	p.depth++
	defer func() { p.depth-- }()
	return fmt.Sprintf("(%s + %s)@%d", a.L.Accept(p), a.R.Accept(p), p.depth)
}

type State int

const (
	Idle State = iota
	Running
	Done
)

func (s State) String() string { return [...]string{"Idle", "Running", "Done"}[s] }

type Machine struct {
	state State
	trans map[State][]State
	log   []string
}

func (m *Machine) To(s State) error {
	for _, ok := range m.trans[m.state] {
		if ok == s {
			m.log = append(m.log, fmt.Sprintf("%v->%v", m.state, s))
			m.state = s
			return nil
		}
	}
	return fmt.Errorf("invalid transition %v -> %v", m.state, s)
}

func main() {
	e := Add{Num(1), Add{Num(2.5), Num(-3)}}
	fmt.Println(e.Accept(&printer{}))
	m := &Machine{trans: map[State][]State{Idle: {Running}, Running: {Done, Idle}}}
	for _, s := range []State{Running, Idle, Done, Running, Done, Idle} {
		if err := m.To(s); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(strings.Join(m.log, ", "), m.state)
	fmt.Printf("%v %d %s|%5s|%-8v|\n", m.state, m.state, Running, Idle, Done)
}
