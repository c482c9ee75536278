package main

import "fmt"

func main() {
	ok := true
	done := false
	fmt.Println(ok + done) // ERROR "invalid operation: operator \+ not defined on ok \(variable"
}
