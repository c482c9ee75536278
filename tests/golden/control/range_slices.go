package main

import "fmt"

func main() {
	nums := []int{10, 20, 30}
	for i, v := range nums {
		fmt.Println(i, v)
	}
	for i := range nums {
		nums[i] *= 2
	}
	fmt.Println(nums)
	for _, v := range nums {
		v++
		_ = v
	}
	fmt.Println(nums)
	total := 0
	for range nums {
		total++
	}
	fmt.Println("total", total)
	arr := [3]string{"a", "b", "c"}
	for i, s := range arr {
		arr[2] = "changed"
		fmt.Println(i, s)
	}
	fmt.Println(arr)
	sl := []string{"a", "b", "c"}
	for i, s := range sl {
		sl[2] = "changed"
		fmt.Println(i, s)
	}
	grow := []int{1, 2}
	for _, v := range grow {
		grow = append(grow, v*10)
	}
	fmt.Println(grow)
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	parr := &[2]int{7, 8}
	for i, v := range parr {
		fmt.Println("ptr", i, v)
	}
}
