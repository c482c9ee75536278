package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	limited := base[1:3:3]
	fmt.Println(limited, len(limited), cap(limited))
	limited = append(limited, 100)
	fmt.Println(base, limited)
	open := base[1:3]
	open = append(open, 200)
	fmt.Println(base, open)
	s := base[2:4:5]
	fmt.Println(len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s)
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	t := arr[:2:4]
	fmt.Println(t, len(t), cap(t))
	t = append(t, "X")
	fmt.Println(arr)
	t = append(t, "Y", "Z")
	fmt.Println(arr, t)
	u := arr[3:3:3]
	fmt.Println(len(u), cap(u), u == nil)
	p := &arr
	v := p[1:2:3]
	fmt.Println(v, cap(v))
}
