package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(3.5)) // ERROR "cannot use 3.5 \(untyped float constant\) as int value in"
}
