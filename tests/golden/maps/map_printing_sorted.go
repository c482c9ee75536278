package main

import "fmt"

type K struct {
	A string
	B int
}

func main() {
	fmt.Println(map[string]int{"zeta": 1, "alpha": 2, "mid": 3})
	fmt.Println(map[int]bool{10: true, -5: false, 3: true})
	fmt.Println(map[float64]string{2.5: "b", -1: "a", 100: "c"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Printf("%v\n", map[rune]int{'c': 3, 'a': 1})
	fmt.Printf("%+v\n", map[string]K{"k": {"v", 1}})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%d\n", map[string]int{"y": 25, "x": 24})
	fmt.Println(map[string][]int{"s": {1, 2}, "e": nil})
	var nm map[string]int
	fmt.Println(nm, len(nm))
	fmt.Printf("%#v\n", nm)
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4})
}
