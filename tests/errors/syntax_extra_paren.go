package main

import "fmt"

func main() {
	total := 5
	fmt.Println("total:", total)) // ERROR "syntax error: unexpected \) at end of statement"
}
