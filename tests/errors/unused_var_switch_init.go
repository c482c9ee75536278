package main

import "fmt"

func main() {
	switch mode := "fast"; { // ERROR "mode declared but not used"
	case true:
		fmt.Println("running")
	}
}
