package main

import "fmt"

func main() {
	switch x := 3; x {
	case 3:
		fallthrough // ERROR "fallthrough statement out of place"
		fmt.Println("three")
	case 4:
		fmt.Println("four")
	}
}
