package main

import (
	"fmt"
	"os"
)

func main() {
	var f = os.Open("data.txt") // ERROR "multiple-value os.Open\(\"data.txt\"\) \(value of type"
	fmt.Println(f)
}
