package main

import "fmt"

func main() {
	counts := map[string]int{}
	counts["x"] := 1 // ERROR "non-name counts\[\"x\"\] on left side of :="
	fmt.Println(counts)
}
