package main

import "fmt"

func area(w, h int) int {
	w := w * h // ERROR "no new variables on left side of :="
	return w
}

func main() {
	fmt.Println(area(2, 3))
}
