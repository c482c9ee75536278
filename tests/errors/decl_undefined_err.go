package main

import (
	"fmt"
	"strconv"
)

func main() {
	var n int
	n, err = strconv.Atoi("10") // ERROR "undefined: err"
	fmt.Println(n)
}
