package main

import "fmt"

func checkRatio(num, den float64) float64 {
	r := num / den
	if r > 1 {
		panic(r)
	}
	return r
}

func main() {
	fmt.Println("ratio", checkRatio(1, 4))
	fmt.Println("ratio", checkRatio(3, 4))
	fmt.Println("ratio", checkRatio(3, 2))
}
