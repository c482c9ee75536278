package main

import "fmt"

func main() {
	code := 404
	switch code {
	case 200:
		fmt.Println("ok")
	case 404, 200: // ERROR "duplicate case 200 \(constant of type int\) in expression"
		fmt.Println("not found")
	}
}
