package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 100) // range expression evaluated once
			s[1] = 20          // but the backing array is shared until growth
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	arr := [3]int{1, 2, 3}
	for i, v := range arr { // array copied
		arr[2] = 30
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	pa := &[3]int{1, 2, 3}
	for _, v := range pa {
		pa[2] = 30
		fmt.Print(v, " ")
	}
	fmt.Println()
	m := map[string]int{"a": 1}
	for k := range m {
		m[k+"x"] = 2 // may or may not be visited: only count afterwards
		break
	}
	fmt.Println(len(m))
	str := "aé"
	for i, r := range str {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	var count int
	for range [5]struct{}{} {
		count++
	}
	fmt.Println(count)
}
