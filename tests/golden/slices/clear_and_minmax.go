// vitro:go1.22
package main

import "fmt"

func stats(xs []float64) (lo, hi, mean float64) {
	lo, hi = xs[0], xs[0]
	sum := 0.0
	for _, x := range xs {
		lo = min(lo, x)
		hi = max(hi, x)
		sum += x
	}
	return lo, hi, sum / float64(len(xs))
}

func main() {
	data := []float64{3.5, -1, 8.25, 4}
	fmt.Println(stats(data))
	buf := make([]byte, 0, 16)
	for i := range 6 {
		buf = append(buf, byte('a'+i))
	}
	fmt.Println(string(buf), len(buf), cap(buf))
	clear(buf[2:4])
	fmt.Println(buf)
	buf = buf[:0]
	fmt.Println(len(buf), cap(buf))
	counts := map[int]int{}
	for i := range 20 {
		counts[i%3]++
	}
	fmt.Println(counts)
	clear(counts)
	fmt.Println(counts, len(counts))
	widths := []int{3, 9, 4}
	widest := 0
	for _, w := range widths {
		widest = max(widest, w)
	}
	fmt.Println("widest:", widest, "narrowest:", min(widths[0], widths[1], widths[2]))
}
