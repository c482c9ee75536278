package main

import (
	"fmt"
	"strconv"
	"strings" // ERROR "imported and not used: \"strings\""
)

func main() {
	n := 7
	fmt.Println("value: " + strconv.Itoa(n))
}
