package main

import "fmt"

func main() {
	var printer fmt.Println // ERROR "fmt.Println \(value of type func\(a ...any\) \(n int, err"
	printer("x")
}
