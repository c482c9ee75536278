package main

import "fmt"

func main() {
	scores := map[string]int{"a": 1, "b": 2}
	for name, score := range scores { // ERROR "score declared but not used"
		fmt.Println(name)
	}
}
