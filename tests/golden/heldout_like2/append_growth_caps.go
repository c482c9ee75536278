package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println()
	var bs []byte
	prev = -1
	for i := 0; i < 3000; i++ {
		bs = append(bs, 'x')
		if cap(bs) != prev {
			fmt.Print(cap(bs), " ")
			prev = cap(bs)
		}
	}
	fmt.Println()
	type big struct{ a, b, c, d, e int64 }
	var bg []big
	prev = -1
	for i := 0; i < 100; i++ {
		bg = append(bg, big{})
		if cap(bg) != prev {
			fmt.Print(cap(bg), " ")
			prev = cap(bg)
		}
	}
	fmt.Println()
	a := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(a), cap(a))
	b := append([]int(nil), make([]int, 5)...)
	fmt.Println(len(b), cap(b))
	c := append(make([]int, 0, 3), 1, 2, 3, 4)
	fmt.Println(len(c), cap(c))
	d := append([]byte("hello"), " world!"...)
	fmt.Println(len(d), cap(d), string(d))
	strs := []string{}
	for i := 0; i < 10; i++ {
		strs = append(strs, "s")
	}
	fmt.Println(len(strs), cap(strs))
	e := make([]int32, 0)
	for i := 0; i < 20; i++ {
		e = append(e, 1)
	}
	fmt.Println(cap(e))
	f := append([]int64{}, make([]int64, 13)...)
	fmt.Println(cap(f))
	g := []byte{}
	g = append(g, make([]byte, 33)...)
	fmt.Println(cap(g))
}
