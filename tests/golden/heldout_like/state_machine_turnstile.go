package main

import "fmt"

type State int

const (
	Locked State = iota
	Unlocked
	Broken
)

func (s State) String() string {
	switch s {
	case Locked:
		return "Locked"
	case Unlocked:
		return "Unlocked"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Locked, "coin"}:   Unlocked,
	{Locked, "push"}:   Locked,
	{Unlocked, "push"}: Locked,
	{Unlocked, "coin"}: Unlocked,
	{Locked, "kick"}:   Broken,
}

type Machine struct {
	state State
	coins int
	log   []string
}

func (m *Machine) Fire(e Event) error {
	next, ok := table[transition{m.state, e}]
	if !ok {
		return fmt.Errorf("no transition from %v on %q", m.state, e)
	}
	if e == "coin" {
		m.coins++
	}
	m.log = append(m.log, fmt.Sprintf("%v -%s-> %v", m.state, e, next))
	m.state = next
	return nil
}

func main() {
	m := &Machine{}
	events := []Event{"push", "coin", "coin", "push", "kick", "coin", "push"}
	for _, e := range events {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	for i, l := range m.log {
		fmt.Println(i, l)
	}
	fmt.Printf("final=%v coins=%d %d %+v\n", m.state, m.coins, m.state, Broken)
	fmt.Printf("%v %s %d %x\n", []State{Locked, Unlocked, Broken}, Unlocked, Unlocked, Broken)
}
