package main

import "fmt"

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int:
		fmt.Println("int")
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
		fmt.Println("string")
	}
}
