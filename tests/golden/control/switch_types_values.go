package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Stopped
)

func next(s State, event string) State {
	switch s {
	case Idle:
		if event == "start" {
			return Running
		}
	case Running:
		switch event {
		case "stop":
			return Stopped
		case "pause":
			return Idle
		}
	case Stopped:
	}
	return s
}

func main() {
	names := map[State]string{Idle: "idle", Running: "running", Stopped: "stopped"}
	s := Idle
	for _, ev := range []string{"stop", "start", "pause", "start", "stop", "start"} {
		s = next(s, ev)
		fmt.Printf("%-6s -> %s\n", ev, names[s])
	}
	switch x := interface{}(3.5).(type) {
	case int:
		fmt.Println("int", x)
	case float64:
		fmt.Println("float64", x)
	}
	var err error
	switch err {
	case nil:
		fmt.Println("no error")
	default:
		fmt.Println("error")
	}
	switch f := 2.0; f {
	case 1, 2:
		fmt.Println("one or two")
	}
}
