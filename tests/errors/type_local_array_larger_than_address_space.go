package main

import "fmt"

func main() {
	buf := [1 << 50]byte{} // ERROR "type \[1125899906842624\]byte larger than address space"
	fmt.Println(len(buf))
}
