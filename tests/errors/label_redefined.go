package main

import "fmt"

func main() {
loop:
	for i := 0; i < 2; i++ {
		break loop
	}
loop: // ERROR "label loop already defined at ./label_redefined.go:6:1"
	for j := 0; j < 2; j++ {
		fmt.Println(j)
	}
}
