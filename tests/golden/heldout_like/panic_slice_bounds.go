package main

import "fmt"

func main() {
	s := make([]int, 5, 10)
	fmt.Println(s[2:8], len(s[:10]), cap(s[3:]))
	try := func(f func()) {
		defer func() { fmt.Println("recovered:", recover()) }()
		f()
	}
	lo, hi := 4, 2
	try(func() { _ = s[lo:hi] })
	try(func() { _ = s[:11] })
	try(func() { _ = s[1:2:11] })
	str := "hello"
	try(func() { _ = str[hi+4] })
	try(func() { _ = str[3:lo+3] })
	var arr [4]int
	i := 4
	try(func() { arr[i] = 1 })
	_ = s[lo:hi]
}
