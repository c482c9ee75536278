package main

import "fmt"

func main() {
	ids := []int{1, 2}
	ids = append(ids, "3") // ERROR "cannot use \"3\" \(untyped string constant\) as int value in"
	fmt.Println(ids)
}
