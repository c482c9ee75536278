package main

import "fmt"

func kind(v interface{}) string {
	switch v.(type) {
	case int:
		return "int"
	case string, int: // ERROR "duplicate case int in type switch"
		return "string"
	}
	return "?"
}

func main() {
	fmt.Println(kind(1))
}
