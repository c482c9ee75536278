package main

import "fmt"

func main() {
	n := 3
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	case int:
		fmt.Println("int")
	}
}
