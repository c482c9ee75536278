package main

import "fmt"

func main() {
	var small [3]int
	big := [4]int{1, 2, 3, 4}
	small = big // ERROR "cannot use big \(variable of type \[4\]int\) as type \[3\]int in"
	fmt.Println(small)
}
