package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("42") // ERROR "err declared but not used"
	fmt.Println(n)
}
