// vitro:go1.22
package main

import "fmt"

type Count int

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	for i := range n {
		fmt.Print(i*i, " ")
	}
	fmt.Println()
	total := 0
	for range 10 {
		total++
	}
	fmt.Println("total", total)
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -4 {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%v:%T ", i, i)
	}
	fmt.Println()
	var u8 uint8 = 4
	for i := range u8 {
		fmt.Printf("%T=%d ", i, i)
	}
	fmt.Println()
	limit := 4
	for i := range limit {
		limit = 100
		fmt.Print(i, ",")
	}
	fmt.Println(" limit now", limit)
	var j int
	for j = range 3 {
	}
	fmt.Println("j after loop", j)
	for i := range int64(1 << 2) {
		fmt.Print(i)
	}
	fmt.Println()
}
