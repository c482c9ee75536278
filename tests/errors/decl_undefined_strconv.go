package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 12
	fmt.Println(strconv.ToString(n)) // ERROR "undefined: strconv.ToString"
}
