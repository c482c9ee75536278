package main

import "fmt"

type S struct{ n int }

func main() {
	var i8 int8 = 1
	var i32 int32 = 1
	var u8 uint8 = 1
	var r rune = 'a'
	sl := []int{1, 2, 3}
	mp := map[int]int{1: 1}
	pt := &S{1}
	str := "ab"
	f := func() int { i8, i32, u8, r = 2, 2, 2, 'b'; sl = sl[:1]; mp = nil; pt = &S{2}; str = "xyz"; return 0 }
	fmt.Println(i8, i32, u8, r, sl, len(sl), cap(sl), mp, pt.n, len(str), str[0], i8+1, f())
	n := 1
	g := func() int { n = 5; return 0 }
	fmt.Println(n, n+0, -n, n*2, float64(n), g())
	k := 1
	h := func() int { k = 5; return 0 }
	fmt.Println(len(sl), k, h())
	arr := []int{1}
	a2 := func() int { arr = append(arr, 2); return 0 }
	fmt.Println(len(arr), a2(), len(arr))
	var sum int
	add := func(v int) int { sum += v; return sum }
	fmt.Println(sum, add(1), sum, add(2), sum)
	type T struct{ X int }
	t := T{1}
	ch := func() int { t.X = 9; return 0 }
	fmt.Println(t.X, t, ch())
	fmt.Printf("%v %v\n", k, func() int { k = 77; return k }())
	s := fmt.Sprint(k, func() int { k = 88; return k }())
	fmt.Println(s)
	res := k + func() int { k = 1; return 0 }()
	fmt.Println(res)
}
