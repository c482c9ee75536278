package main

import "fmt"

func main() {
	x := 1
	switch x {
	other: // ERROR "syntax error: unexpected other, expecting case or default or \\}"
		fmt.Println(x)
	}
}
