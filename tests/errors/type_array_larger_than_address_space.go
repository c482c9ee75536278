package main

import "fmt"

var table [1 << 62]int64 // ERROR "type \[4611686018427387904\]int64 larger than address space"

func main() {
	table[0] = 1
	fmt.Println(table[0])
}
