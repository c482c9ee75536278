package main

import "fmt"

func bucket(hash, n int) int { return hash % n }

func main() {
	sizes := []int{7, 3, 1, 0, 5}
	for _, n := range sizes {
		fmt.Println("bucket of 100 in", n, "=", bucket(100, n))
	}
}

func init() {
	fmt.Println(-7%3, 7%-3, -7/2)
	var m int8 = -128
	fmt.Println(m/-1, m%-1)
}
