package main

import "fmt"

type ID int
type Name string

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[ID(1)] = "ID 1"
	m["1"] = "string 1"
	m[Name("1")] = "Name 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	m[struct{ A int }{1}] = "struct"
	fmt.Println(len(m))
	for _, k := range []interface{}{1, int64(1), ID(1), "1", Name("1"), 1.0, true, [2]int{1, 1},
		struct{ A int }{1}, false, 2} {
		v, ok := m[k]
		fmt.Printf("%T %v -> %q %v\n", k, k, v, ok)
	}
	var nilKey interface{}
	m[nilKey] = "nil key"
	fmt.Println(m[nil], len(m))
	delete(m, 1)
	fmt.Println(len(m), m[1] == "")
}
