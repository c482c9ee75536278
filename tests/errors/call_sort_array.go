package main

import (
	"fmt"
	"sort"
)

func main() {
	scores := [5]int{50, 20, 90, 10, 70}
	sort.Ints(scores) // ERROR "cannot use scores \(variable of type \[5\]int\) as type \[\]int"
	fmt.Println(scores)
}
