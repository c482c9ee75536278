package main

import "fmt"

type Named struct{ Name string }
type Labeled struct{ Name string }

type Widget struct {
	Named
	Labeled
}

func main() {
	w := Widget{}
	fmt.Println(w.Name) // ERROR "ambiguous selector w.Name"
}
