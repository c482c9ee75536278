package main

import "fmt"

func lookup(m map[string]interface{}, k string) int {
	return m[k].(int)
}

func main() {
	m := map[string]interface{}{"a": 1, "b": 2, "name": "x"}
	fmt.Println(lookup(m, "a") + lookup(m, "b"))
	if s, ok := m["name"].(string); ok {
		fmt.Println("name is", s)
	}
	if _, ok := m["c"].(int); !ok {
		fmt.Println("comma-ok on a missing key does not panic")
	}
	fmt.Println(lookup(m, "c"))
}
