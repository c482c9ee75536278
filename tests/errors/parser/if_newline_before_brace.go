package main

import "fmt"

func main() {
	ok := true
	if ok // ERROR "syntax error: unexpected newline, expecting \\{ after if clause"
	{
		fmt.Println(ok)
	}
}
