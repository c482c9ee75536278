package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 100)
	fmt.Println(a, b)
	b = append(b, 200, 300)
	b[0] = -1
	fmt.Println(a, b)
	c := make([]int, 2, 10)
	d := append(c, 1)
	e := append(c, 2)
	fmt.Println(d, e, &d[0] == &e[0])
	n := copy(c, []int{9, 8, 7})
	fmt.Println(n, c, d)
	s := []int{0, 1, 2, 3, 4, 5, 6}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{0, 1, 2, 3, 4, 5, 6}
	copy(s, s[3:])
	fmt.Println(s)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	f := a[:2:2]
	f = append(f, 42)
	fmt.Println(a, f, cap(f) >= 3)
	var nilS []int
	nilS = append(nilS, nilS...)
	fmt.Println(nilS == nil, len(nilS))
	nilS = append(nilS, 1)
	fmt.Println(nilS)
	x := []string{"a", "b", "c", "d"}
	x = append(x[:1], x[2:]...)
	fmt.Println(x, len(x), cap(x))
	y := append([]string(nil), x...)
	y[0] = "Z"
	fmt.Println(x, y)
	grow := []int{}
	prevCap := cap(grow)
	changes := 0
	for i := 0; i < 1000; i++ {
		grow = append(grow, i)
		if cap(grow) != prevCap {
			changes++
			prevCap = cap(grow)
		}
	}
	fmt.Println(len(grow), changes > 5)
	arr := [4]int{1, 2, 3, 4}
	sl := arr[:]
	sl[0] = 10
	arr2 := arr
	arr2[1] = 20
	fmt.Println(arr, arr2, sl)
}
