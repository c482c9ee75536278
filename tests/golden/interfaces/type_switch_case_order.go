package main

import (
	"errors"
	"fmt"
)

type Named interface{ Name() string }
type Dog struct{}
type Robot struct{ id int }

func (Dog) Name() string    { return "dog" }
func (r Robot) Name() string { return fmt.Sprintf("robot-%d", r.id) }
func (r Robot) Error() string { return "robot malfunction" }

func first(v interface{}) string {
	switch x := v.(type) {
	case error:
		return "error first: " + x.Error()
	case Named:
		return "named: " + x.Name()
	}
	return "neither"
}

func second(v interface{}) string {
	switch x := v.(type) {
	case Named:
		return "named first: " + x.Name()
	case error:
		return "error: " + x.Error()
	}
	return "neither"
}

func main() {
	for _, v := range []interface{}{Dog{}, Robot{7}, errors.New("plain"), 42} {
		fmt.Println(first(v), "|", second(v))
	}
	var n Named = Robot{1}
	switch n.(type) {
	case Dog:
		fmt.Println("dog")
	case Robot:
		fmt.Println("concrete robot inside Named")
	}
	if e, ok := n.(error); ok {
		fmt.Println("Named value is also an error:", e)
	}
}
