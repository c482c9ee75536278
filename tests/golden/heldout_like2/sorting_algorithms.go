package main

import "fmt"

func bubble(a []int) []int {
	a = append([]int(nil), a...)
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
	return a
}

func quick(a []int) []int {
	if len(a) < 2 {
		return a
	}
	pivot := a[len(a)/2]
	var less, eq, more []int
	for _, v := range a {
		switch {
		case v < pivot:
			less = append(less, v)
		case v == pivot:
			eq = append(eq, v)
		default:
			more = append(more, v)
		}
	}
	return append(append(quick(less), eq...), quick(more)...)
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergeSort(a[:m]), mergeSort(a[m:])
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

func heapSort(a []int) []int {
	a = append([]int(nil), a...)
	n := len(a)
	var sift func(i, n int)
	sift = func(i, n int) {
		for {
			l := 2*i + 1
			if l >= n {
				return
			}
			if l+1 < n && a[l+1] > a[l] {
				l++
			}
			if a[i] >= a[l] {
				return
			}
			a[i], a[l] = a[l], a[i]
			i = l
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
	return a
}

func insertion(a []int) []int {
	a = append([]int(nil), a...)
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j-1] > a[j]; j-- {
			a[j-1], a[j] = a[j], a[j-1]
		}
	}
	return a
}

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 3, -5, 0}
	fmt.Println(bubble(data))
	fmt.Println(quick(data))
	fmt.Println(mergeSort(data))
	fmt.Println(heapSort(data))
	fmt.Println(insertion(data))
	fmt.Println(data)
	fmt.Println(quick(nil), mergeSort([]int{}), len(heapSort(nil)))
}
