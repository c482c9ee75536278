package main

import "fmt"

type Cell struct {
	value int64
	next  int32
}

type Sheet [1 << 46]Cell // ERROR "type \[70368744177664\]Cell larger than address space"

func main() {
	var s *Sheet
	fmt.Println(s == nil)
}
