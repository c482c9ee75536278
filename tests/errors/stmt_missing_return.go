package main

import "fmt"

func sign(n int) string {
	if n < 0 {
		return "negative"
	} else if n > 0 {
		return "positive"
	}
} // ERROR "missing return"

func main() {
	fmt.Println(sign(1))
}
