package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		if i == 2 {
			break done // ERROR "break label not defined: done"
		}
		fmt.Println(i)
	}
}
