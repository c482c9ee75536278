package main

import "fmt"

func main() {
first:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
	for j := 0; j < 2; j++ {
		break first // ERROR "invalid break label first"
	}
}
