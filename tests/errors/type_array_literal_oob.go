package main

import "fmt"

func main() {
	rgb := [3]int{255, 128, 0, 64} // ERROR "index 3 is out of bounds \(>= 3\)"
	fmt.Println(rgb)
}
