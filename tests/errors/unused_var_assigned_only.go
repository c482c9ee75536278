package main

import "fmt"

func main() {
	total := 0 // ERROR "total declared but not used"
	for i := 0; i < 10; i++ {
		total = i * 2
	}
	fmt.Println("done")
}
