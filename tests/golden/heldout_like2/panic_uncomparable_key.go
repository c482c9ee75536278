package main

import "fmt"

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m["a"] = "string"
	m[[2]int{1, 2}] = "array"
	fmt.Println(len(m), m[1], m[[2]int{1, 2}])
	key := []string{"x"}
	m[key] = "slice"
	fmt.Println("unreachable")
}
