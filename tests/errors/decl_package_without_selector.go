package main

import "fmt"

func main() {
	fmt.Println("start")
	out := fmt // ERROR "use of package fmt not in selector"
	out.Println("x")
}
