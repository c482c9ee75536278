package main

import "fmt"

func main() {
	data := []string{"a", "b", "c"}
	pos := 1
	for step := 0; step < 4; step++ {
		fmt.Println(step, data[pos])
		pos--
	}
}

func init() {
	arr := [4]int{1, 2, 3, 4}
	i := 3
	fmt.Println(arr[i], arr[len(arr)-1])
}
