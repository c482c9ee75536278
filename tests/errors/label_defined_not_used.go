package main

import "fmt"

func main() {
outer: // ERROR "label outer defined and not used"
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
}
