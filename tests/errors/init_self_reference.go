package main

import "fmt"

var config = map[string]int{"size": len(config)} // ERROR "initialization loop for config"

func main() {
	fmt.Println(config)
}
