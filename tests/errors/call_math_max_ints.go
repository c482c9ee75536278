package main

import (
	"fmt"
	"math"
)

func main() {
	a := 3
	fmt.Println(math.Max(a, 2.5)) // ERROR "cannot use a \(variable of type int\) as type float64 in"
}
