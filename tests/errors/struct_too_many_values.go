package main

import "fmt"

type Pair struct {
	Key   string
	Value int
}

func main() {
	p := Pair{"a", 1, true} // ERROR "too many values in Pair\{…\}"
	fmt.Println(p)
}
