package main

import "fmt"

func main() {
	done := true
	close(done) // ERROR "invalid operation: cannot close non-channel done \(variable"
	fmt.Println(done)
}
