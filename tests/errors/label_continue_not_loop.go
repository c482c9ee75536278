package main

import "fmt"

func main() {
block:
	switch {
	default:
		for i := 0; i < 2; i++ {
			if i == 1 {
				continue block // ERROR "invalid continue label block"
			}
			fmt.Println(i)
		}
	}
}
