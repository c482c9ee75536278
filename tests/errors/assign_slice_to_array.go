package main

import "fmt"

func main() {
	var arr [3]int
	arr = []int{1, 2, 3} // ERROR "cannot use \[\]int\{…\} \(value of type \[\]int\) as type \[3\]int in"
	fmt.Println(arr)
}
