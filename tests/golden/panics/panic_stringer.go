package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

type Alarm struct{ level Level }

func (a Alarm) String() string { return "alarm at " + a.level.String() }

func main() {
	fmt.Println(Alarm{1})
	panic(Alarm{2})
}
