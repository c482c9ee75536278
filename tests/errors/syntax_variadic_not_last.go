package main

import "fmt"

func log(prefix string, args ...interface{}, suffix string) { // ERROR "can only use ... with final parameter in list"
	fmt.Println(prefix, args, suffix)
}

func main() {
	log("a", "b", "c")
}
