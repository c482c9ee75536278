package main

import "fmt"

func main() {
	fmt.Println("Hello, world!")
	fmt.Print("no newline", " ", 42, "\n")
	fmt.Print(1, 2, "a", "b", 3, "\n")
	fmt.Printf("%s has %d letters\n", "gopher", len("gopher"))
	fmt.Println("several", "words", 3, true, 2.5)
	name := "vitro"
	fmt.Println("hello,", name+"!")
	var greeting string = fmt.Sprintf("%s-%d", name, 1)
	fmt.Println(greeting)
	fmt.Println()
	fmt.Println("after a blank line")
}
