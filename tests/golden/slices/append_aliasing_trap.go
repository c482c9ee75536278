package main

import "fmt"

func main() {
	x := make([]int, 3, 10)
	y := append(x, 1)
	z := append(x, 2)
	fmt.Println(y[3], z[3]) // share backing array
	x2 := make([]int, 3)
	y2 := append(x2, 1)
	z2 := append(x2, 2)
	fmt.Println(y2[3], z2[3])

	path := []byte("AAAA/BBBBBBBBB")
	sep := 4
	dir1 := path[:sep]
	dir2 := path[sep+1:]
	dir1 = append(dir1, "suffix"...)
	fmt.Println(string(dir1), string(dir2))

	path = []byte("AAAA/BBBBBBBBB")
	dir1 = path[:sep:sep]
	dir2 = path[sep+1:]
	dir1 = append(dir1, "suffix"...)
	fmt.Println(string(dir1), string(dir2))

	var grow []int
	caps := []int{}
	last := -1
	for i := 0; i < 100; i++ {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	fmt.Println(len(grow), caps[0] >= 1, caps[len(caps)-1] >= 100)
}
