package main

import "fmt"

func bubble(a []int) int {
	swaps := 0
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swaps++
			}
		}
	}
	return swaps
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	l, r := 0, len(a)-1
	for l <= r {
		for a[l] < p {
			l++
		}
		for a[r] > p {
			r--
		}
		if l <= r {
			a[l], a[r] = a[r], a[l]
			l++
			r--
		}
	}
	quick(a[:r+1])
	quick(a[l:])
}

func merge(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := merge(a[:m]), merge(a[m:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func insertion(a []string) {
	for i := 1; i < len(a); i++ {
		k := a[i]
		j := i - 1
		for j >= 0 && a[j] > k {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = k
	}
}

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == x:
			return mid
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func lcg(seed uint32) func() int {
	return func() int {
		seed = seed*1103515245 + 12345
		return int(seed>>16) % 1000
	}
}

func main() {
	rnd := lcg(42)
	data := make([]int, 20)
	for i := range data {
		data[i] = rnd()
	}
	fmt.Println(data)
	b := append([]int(nil), data...)
	fmt.Println("swaps", bubble(b), b)
	q := append([]int(nil), data...)
	quick(q)
	fmt.Println(q)
	fmt.Println(merge(data))
	fmt.Println(data)
	s := []string{"pear", "apple", "fig", "banana", "cherry"}
	insertion(s)
	fmt.Println(s)
	for _, x := range []int{q[0], q[7], q[19], 1001} {
		fmt.Print(binarySearch(q, x), " ")
	}
	fmt.Println()
}
