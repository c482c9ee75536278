package main

import "fmt"

type Stats struct{ hits int }

func main() {
	m := map[string]Stats{"a": {}}
	m["a"].hits = 5 // ERROR "cannot assign to struct field m\[\"a\"\].hits in map"
	fmt.Println(m)
}
