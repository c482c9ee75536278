package main

import (
	"fmt"
	"math"
)

type Key struct {
	Name string
	N    int
}

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

// Maps print with their keys sorted as internal/fmtsort sorts them, whatever the key type.
func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 0: "o", 10: "t", -20: "m"})
	fmt.Println(map[uint8]bool{200: true, 1: false, 17: true})
	fmt.Println(map[string]int{"b": 2, "a": 1, "": 0, "B": 3, "ab": 4, "é": 5})
	fmt.Println(map[float64]string{2.5: "x", -1: "y", math.Inf(1): "inf", math.Inf(-1): "-inf", math.NaN(): "nan", 0: "zero"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Println(map[Level]int{2: 20, 0: 0, 1: 10})
	fmt.Println(map[interface{}]int{3: 1, 1: 2, 2: 3})
	fmt.Println(map[interface{}]string{"b": "1", "a": "2", nil: "nil"})
	fmt.Printf("%v\n%+v\n%#v\n", map[string][]int{"z": {1}, "a": nil}, map[Key]bool{{"k", 0}: true}, map[string]Key{"x": {"y", 1}})
	fmt.Printf("%#v %#v %v %d\n", map[int]bool(nil), map[int]bool{}, map[string]int(nil), map[string]int{"a": 1})
	fmt.Printf("%x %X %q %5v|\n", map[string]int{"ab": 255}, map[int]string{10: "hi"}, map[string]string{"k": "v"}, map[int]int{1: 2})
	nested := map[string]map[string]int{"outer": {"b": 2, "a": 1}, "first": {}}
	fmt.Println(nested, len(nested))
	fmt.Println(map[rune]int{'b': 1, 'a': 2}, map[int8]int{-5: 1, 5: 2})
}
