package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	b := base[4:]
	a[2] = 40
	fmt.Println(base, a, b, len(a), cap(a), len(b), cap(b))
	a = append(a, 50)
	fmt.Println(base, b[1])
	c := base[1:3:4]
	fmt.Println(c, len(c), cap(c))
	c = append(c, 99)
	fmt.Println(base)
	c = append(c, 100)
	c[0] = -1
	fmt.Println(base, c)
	grid := make([][]int, 3)
	row := make([]int, 9)
	for i := range grid {
		grid[i] = row[i*3 : i*3+3]
	}
	grid[1][1] = 5
	fmt.Println(row, grid)
	grid[0] = append(grid[0], 7)
	fmt.Println(grid[1], row)
	s := []string{"a", "b", "c", "d", "e"}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	full := s[:cap(s)]
	fmt.Println(full)
	x := []int{1, 2, 3}
	y := x[:0]
	for _, v := range x {
		if v != 2 {
			y = append(y, v*10)
		}
	}
	fmt.Println(x, y)
	var nilS []int
	fmt.Println(nilS[:0] == nil, len(nilS[0:0]), append(nilS, 1))
	z := make([]int, 2, 10)
	z1 := append(z, 1)
	z2 := append(z, 2)
	fmt.Println(z1, z2)
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[:]
	sl = append(sl[:2], sl[3:]...)
	fmt.Println(arr, sl)
}
