package main

import "fmt"

type Key struct {
	Kind string
	Val  interface{}
}

func main() {
	cache := map[interface{}]string{}
	keys := []interface{}{1, "two", [2]int{3, 3}, struct{ a int }{4}, Key{"k", 5}}
	for _, k := range keys {
		cache[k] = fmt.Sprint(k)
		fmt.Println("stored", k, len(cache))
	}
	cache[Key{"slice", []int{6}}] = "never"
	fmt.Println("unreachable")
}
