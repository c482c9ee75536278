package main

import "fmt"

func greet(name string = "world") { // ERROR "syntax error: unexpected = in parameter list; possibly"
	fmt.Println("hello", name)
}

func main() {
	greet("go")
}
