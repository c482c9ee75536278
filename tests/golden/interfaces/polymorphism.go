package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee interface {
	Pay() int
	Title() string
}

type Base struct{ Name string }

func (b Base) Title() string { return b.Name }

type Salaried struct {
	Base
	Annual int
}

type Hourly struct {
	Base
	Rate, Hours int
}

type Manager struct {
	Salaried
	Reports []Employee
}

func (s Salaried) Pay() int { return s.Annual / 12 }
func (h Hourly) Pay() int   { return h.Rate * h.Hours }
func (m Manager) Pay() int  { return m.Salaried.Pay() + 100*len(m.Reports) }
func (m Manager) Title() string {
	return "Mgr " + m.Name
}

func main() {
	alice := Salaried{Base{"alice"}, 120000}
	bob := Hourly{Base{"bob"}, 40, 160}
	carol := Manager{Salaried{Base{"carol"}, 150000}, []Employee{alice, bob}}
	staff := []Employee{alice, bob, carol}
	sort.Slice(staff, func(i, j int) bool { return staff[i].Pay() > staff[j].Pay() })
	total := 0
	for _, e := range staff {
		fmt.Printf("%-10s %6d\n", e.Title(), e.Pay())
		total += e.Pay()
	}
	fmt.Println(strings.Repeat("-", 17))
	fmt.Printf("%-10s %6d\n", "total", total)
	for _, r := range carol.Reports {
		switch r.(type) {
		case Salaried:
			fmt.Println(r.Title(), "is salaried")
		case Hourly:
			fmt.Println(r.Title(), "is hourly")
		}
	}
}
