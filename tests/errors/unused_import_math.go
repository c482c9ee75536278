package main

import (
	"fmt"
	"math" // ERROR "imported and not used: \"math\""
	"sort"
)

func main() {
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	fmt.Println(xs)
}
