package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := strconv.Atoi("5") + 1 // ERROR "multiple-value strconv.Atoi\(\"5\"\) \(value of type \(int,"
	fmt.Println(n)
}
