package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4]
	b := base[2:4:4]
	fmt.Println(len(a), cap(a), len(b), cap(b))
	a = append(a, 100) // overwrites base[4]
	b = append(b, 200) // reallocates
	fmt.Println(base, a, b)
	c := base[1:3:5]
	fmt.Println(c, len(c), cap(c), c[:cap(c)])
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	s := arr[1:2:3]
	s = append(s, "X")
	fmt.Println(arr, s)
	s = append(s, "Y")
	s[0] = "Z"
	fmt.Println(arr, s)
	p := &arr
	t := p[4:6:6]
	fmt.Println(t, cap(t))
	e := base[3:3:3]
	fmt.Println(len(e), cap(e), e == nil)
}
