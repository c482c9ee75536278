package main

import "fmt"

type Team struct {
	Name    string
	Members []string
}

func main() {
	a := Team{Name: "x"}
	b := Team{Name: "x"}
	fmt.Println(a == b) // ERROR "invalid operation: a == b \(struct containing \[\]string"
}
