package main

import (
	"fmt"
	"strconv"
)

func double(n int) int { return n * 2 }

func main() {
	fmt.Println(double(strconv.Atoi("21"))) // ERROR "too many arguments in call to double"
}
