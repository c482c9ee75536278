package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	b := base[4:]
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	a[2] = 40
	fmt.Println(base, b[0])
	a = append(a, 50)
	fmt.Println(base, b)
	c := base[:2]
	c = append(c, 20, 30)
	fmt.Println(base)
	ext := a[:cap(a)]
	fmt.Println(ext)
	full := make([]int, 3, 3)
	grown := append(full, 1)
	grown[0] = 99
	fmt.Println(full, grown)
	roomy := make([]int, 3, 10)
	same := append(roomy, 1)
	same[0] = 99
	fmt.Println(roomy, same)
	x := []string{"a", "b", "c", "d"}
	y := x[1:3]
	y = append(y, "Z")
	fmt.Println(x, y)
	fmt.Println(len(x[:0]), cap(x[:0]), len(x[4:]), cap(x[4:]))
}
