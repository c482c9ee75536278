package main

import "fmt"

func main() {
	ages := map[string]int{"alice": 31}
	if age, ok := ages["alice"]; ok { // ERROR "age declared but not used"
		fmt.Println("found alice")
	}
}
