package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	floats := []float64{0, 1, -1.5, 0.1, 1.0 / 3, 2.0 / 3, 1e21, 1e-10, 123456789.125, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, f := range floats {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%-24s roundtrip=%v err=%v\n", s, back == f, err)
	}
	ints := []int64{0, -1, math.MaxInt64, math.MinInt64, 255}
	for _, base := range []int{2, 8, 10, 16, 36} {
		for _, n := range ints[3:] {
			s := strconv.FormatInt(n, base)
			back, err := strconv.ParseInt(s, base, 64)
			fmt.Println(base, s, back == n, err)
		}
	}
	for _, s := range []string{"hello", "tab\there", "quote\"", "ünï", "\x00"} {
		q := strconv.Quote(s)
		u, err := strconv.Unquote(q)
		fmt.Println(q, u == s, err)
	}
}
