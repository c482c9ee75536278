package main

import (
	"fmt"
	"math"
)

const root = math.Sqrt(2) // ERROR "math.Sqrt\(2\) \(value of type float64\) is not constant"

func main() {
	fmt.Println(root)
}
