package main

import "fmt"

type S struct{ a, b int }

func modify(s *S) int { s.a = 99; return 1 }
func show(s S, n int) { fmt.Println(s, n) }
func showArr(a [3]int, n int) { fmt.Println(a, n) }
func setArr(a *[3]int) int { a[0] = 7; return 2 }
func showStr(s string, n int) { fmt.Println(s, n) }

func main() {
	s := S{1, 2}
	show(s, modify(&s))
	arr := [3]int{1, 2, 3}
	showArr(arr, setArr(&arr))
	str := "a"
	set := func() int { str = "b"; return 3 }
	showStr(str, set())
	n := 1
	setn := func() int { n = 5; return 4 }
	fmt.Println(n, setn())
	var v interface{} = 1
	setv := func() int { v = "changed"; return 5 }
	fmt.Println(v, setv())
	bigs := [4]S{}
	setb := func() int { bigs[0].a = 9; return 6 }
	fmt.Println(bigs, setb())
	ss := S{1, 1}
	sets := func() int { ss.a = 9; return 7 }
	fmt.Println(ss.a, ss, sets())
}
