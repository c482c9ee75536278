package main

import "fmt"

type Inventory struct{ items []string }

func main() {
	inv := Inventory{items: []string{"a"}}
	for _, it := range inv { // ERROR "cannot range over inv \(variable of type Inventory\)"
		fmt.Println(it)
	}
}
