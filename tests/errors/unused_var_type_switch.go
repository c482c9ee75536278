package main

import "fmt"

func describe(x interface{}) string {
	switch v := x.(type) { // ERROR "v declared but not used"
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func main() {
	fmt.Println(describe(3))
}
