package main

import "fmt"

func main() {
	seen := map[[]int]bool{} // ERROR "invalid map key type \[\]int"
	fmt.Println(seen)
}
