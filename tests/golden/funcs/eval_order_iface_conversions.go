package main

import "fmt"

type S struct{ a, b int }

var garr [3]int
var gs S

func setArr() int { garr[0] = 9; return 0 }
func setS() int   { gs.a = 9; return 0 }

func main() {
	fmt.Println(garr, setArr())
	fmt.Println(gs, setS())
	arr := [3]int{1, 2, 3}
	k := func() int { arr[0] = 100; return 0 }
	fmt.Println(arr, k())
	s := S{1, 2}
	ks := func() int { s.a = 100; return 0 }
	fmt.Println(s, ks())
	p := &S{1, 2}
	kp := func() int { p.a = 100; return 0 }
	fmt.Println(*p, kp())
	sl := []S{{1, 2}}
	ksl := func() int { sl[0].a = 100; return 0 }
	fmt.Println(sl[0], ksl())
	var i interface{} = 1
	ki := func() int { i = "x"; return 0 }
	fmt.Println(i, ki())
	f := 1.5
	kf := func() int { f = 2.5; return 0 }
	fmt.Println(f, kf())
	var b byte = 1
	kb := func() int { b = 2; return 0 }
	fmt.Println(b, kb())
	var i32 int32 = 1
	ki32 := func() int { i32 = 2; return 0 }
	fmt.Println(i32, ki32())
	var ss S = S{1, 1}
	kss := func() S { ss.a = 7; return ss }
	fmt.Println(ss, kss())
	str := "a"
	kstr := func() string { str = "b"; return str }
	fmt.Println(str+"!", kstr())
	n := 1
	kn := func() int { n = 2; return n }
	fmt.Println(n+0, kn())
	fmt.Println(n*1 == 2, kn())
}
