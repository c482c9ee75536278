package main

import "fmt"

func buffer(n int) []byte {
	return make([]byte, n)
}

func main() {
	sizes := []int{4, 0, -1, 8}
	for _, n := range sizes {
		b := buffer(n)
		fmt.Println("allocated", len(b))
	}
}
