package main

import fmt // ERROR "expected 'STRING', found newline"

func main() {
	fmt.Println("x")
}
