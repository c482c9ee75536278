package main

import "fmt"

func main() {
	cmd := "start"
	switch cmd {
	case "start":
		fmt.Println("starting")
	case "stop":
		fmt.Println("stopping")
	case "start": // ERROR "duplicate case \"start\" \(constant of type string\) in"
		fmt.Println("again")
	}
}
