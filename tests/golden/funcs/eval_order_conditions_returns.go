package main

import "fmt"

var g int

func bump() int { g++; return g }

func named() (a, b int) {
	defer func() { a *= 10 }()
	return g, bump()
}

func plain() (int, int) {
	return g, bump()
}

type S struct{ v int }

func (s *S) next() int { s.v++; return s.v }

func loop() {
	s := &S{}
	total := 0
	for i := 0; i < 5; i++ {
		total += s.v + s.next()
		if i%2 == 0 {
			continue
		}
		fmt.Print(s.v, ",", s.next(), " ")
	}
	fmt.Println(total)
	arr := []int{0, 0, 0, 0}
	k := 0
	for i, j := 0, 3; i < j; i, j = i+1, j-1 {
		arr[k] = func() int { k++; return i * j }()
	}
	fmt.Println(arr, k)
	for _, v := range []int{1, 2} {
		func() {
			fmt.Println(v, s.v, s.next())
		}()
	}
}

func main() {
	fmt.Println(named())
	fmt.Println(plain())
	loop()
	x := struct{ a, b int }{g, bump()}
	fmt.Println(x)
	var y = [2]int{g, bump()}
	fmt.Println(y)
	m := map[int]int{}
	m[g] = bump()
	fmt.Println(m)
	sl := make([]int, 10)
	sl[g] = bump()
	fmt.Println(sl)
	if v := g + bump(); v > 0 {
		fmt.Println(v)
	}
	switch g + bump() {
	case 2 * g:
		fmt.Println("late read in switch tag")
	default:
		fmt.Println("early")
	}
}
