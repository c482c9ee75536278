package main

import "fmt"

type P struct {
	A int
	B string
}

// Printf's error forms: wrong types, missing and extra operands, bad widths, precisions and
// argument indexes, a missing verb, and the operand descriptions they print.
func main() {
	lines := []string{
		fmt.Sprintf("%d|%s|%t|%c", "str", 5, "x", 1.5),
		fmt.Sprintf("%d %d %d", 1),
		fmt.Sprintf("%d", 1, 2, "three", nil, P{1, "b"}),
		fmt.Sprintf("%[2]d %[1]d %d", 10, 20),
		fmt.Sprintf("%[3]d %[0]d %[x]d", 1, 2),
		fmt.Sprintf("%[1]*d|%-*d|%*d", 4, 7, -5, 8, "w", 9),
		fmt.Sprintf("%.*f|%.*f|%.*d", 2, 3.14159, -1, 2.5, "p", 7),
		fmt.Sprintf("%*d", 10000000, 1),
		fmt.Sprintf("%[2]*[1]d|%[2]*.[3]*[1]f", 12, 5, 2),
		fmt.Sprintf("%"),
		fmt.Sprintf("%-"),
		fmt.Sprintf("%5.2"),
		fmt.Sprintf("%!%z%☺", 1, 2),
		fmt.Sprintf("%d", []interface{}{"a", 1, nil, P{2, "c"}}),
		fmt.Sprintf("%s", []int{1, 2}),
		fmt.Sprintf("%d", map[string]string{"k": "v"}),
		fmt.Sprintf("%x", P{255, "hi"}),
		fmt.Sprintf("%+d %#d %v", P{-1, "n"}, P{2, "m"}, &P{3, "p"}),
		fmt.Sprintf("%d %s", &P{4, "q"}, &[]string{"r"}),
		fmt.Sprintf("%s %v %d", nil, nil, nil),
		fmt.Sprintf("%T %T %T", nil, P{}, []interface{}{nil}),
		fmt.Sprintf("%.2s|%.0s|%.10s", "hello", "hello", "hi"),
		fmt.Sprintf("%3c|%-4q|%08q", 'x', 'y', "z"),
		fmt.Sprintf("%v %v", struct{}{}, [0]int{}),
		fmt.Sprintf("%#v %#v %#v", []P{{1, "a"}}, [2]bool{}, &P{5, "e"}),
		fmt.Sprintf("%#v %#v %#v", []int{}, []string(nil), [][]int{{1}, nil}),
		fmt.Sprintf("%v %+v", []*int{nil}, struct{ P *P }{}),
	}
	for i, l := range lines {
		fmt.Printf("%2d: %s\n", i, l)
	}
}
