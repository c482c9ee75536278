// vitro:go1.22
package main

import "fmt"

type Count int

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	var c Count = 4
	for i := range c {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	total := 0
	for i := range int8(10) {
		total += int(i)
	}
	fmt.Println(total)
	var fns []func() int
	for i := range 3 {
		fns = append(fns, func() int { return i * 100 })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
