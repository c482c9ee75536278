package main

import "fmt"

func main() {
	status := 1
	switch status {
	case "active": // ERROR "cannot convert \"active\" \(untyped string constant\) to int"
		fmt.Println("on")
	}
}
