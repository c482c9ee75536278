package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	dst := make([]int, 3)
	n = copy(dst, []int{9, 8, 7, 6, 5})
	fmt.Println(n, dst)
	n = copy(dst, []int{1})
	fmt.Println(n, dst)
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	var empty []int
	fmt.Println(copy(empty, s), copy(s, empty))
	arr := [6]int{1, 2, 3, 4, 5, 6}
	copy(arr[1:], arr[:])
	fmt.Println(arr)
	insert := func(xs []int, i, v int) []int {
		xs = append(xs, 0)
		copy(xs[i+1:], xs[i:])
		xs[i] = v
		return xs
	}
	xs := []int{10, 20, 30}
	xs = insert(xs, 1, 15)
	xs = insert(xs, 0, 5)
	xs = insert(xs, len(xs)-1, 25)
	fmt.Println(xs)
	rev := []rune("stressed")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(string(rev))
	clone := append(s[:0:0], s...)
	clone[0] = 100
	fmt.Println(s[0], clone[0])
}
