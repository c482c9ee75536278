package main

import "fmt"

var trace []string

func get(name string, v int) int {
	trace = append(trace, name)
	return v
}

func pair() (int, string) { return 7, "seven" }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{10, 20, 30}
	i := 0
	i, x[i] = 1, 99 // index evaluated before assignment
	fmt.Println(i, x)
	n, s := pair()
	fmt.Println(n, s)
	r := get("a", 1) + get("b", 2)*get("c", 3)
	fmt.Println(r, trace)
	trace = nil
	arr := []int{get("x", 1), get("y", 2), get("z", 3)}
	fmt.Println(arr, trace)
	m := map[string]int{}
	m["k"], m["j"] = get("k", 1), get("j", 2)
	fmt.Println(m)
	var p, q, t = 1, "str", 2.5
	fmt.Println(p, q, t)
	_, second := pair()
	fmt.Println(second)
}
