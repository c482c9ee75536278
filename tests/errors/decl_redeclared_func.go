package main

import "fmt"

func helper() int { return 1 }

func helper() int { return 2 } // ERROR "helper redeclared in this block"

func main() {
	fmt.Println(helper())
}
