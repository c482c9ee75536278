package main

import (
	"fmt"
	"math"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func apply(fs []func(string) string, s string) string {
	for _, f := range fs {
		s = f(s)
	}
	return s
}

func main() {
	fs := []func(string) string{strings.TrimSpace, strings.ToUpper, strings.Title}
	fmt.Println(apply(fs, "  hello there  "))
	yield := runtime.Gosched
	yield()
	count := runtime.NumGoroutine
	fmt.Println(count())
	ops := map[string]func(float64) float64{"sqrt": math.Sqrt, "floor": math.Floor, "abs": math.Abs}
	names := []string{"abs", "floor", "sqrt"}
	for _, n := range names {
		fmt.Println(n, ops[n](-2.25), ops[n](16))
	}
	pred := unicode.IsUpper
	fmt.Println(strings.IndexFunc("abcDef", pred), strings.TrimFunc("123abc456", unicode.IsDigit))
	conv := strconv.Itoa
	parse := strconv.Atoi
	v, err := parse(conv(41))
	fmt.Println(v+1, err)
	sorter := sort.Ints
	xs := []int{3, 1, 2}
	sorter(xs)
	fmt.Println(xs)
	pr := fmt.Sprintf
	fmt.Println(pr("%03d|%s", 7, "x"))
	var hf func(float64, float64) float64 = math.Max
	fmt.Println(hf(3, 9))
}
