package main

import (
	"fmt"
	"strconv"
)

func main() {
	var id int64 = 42
	fmt.Println(strconv.Itoa(id)) // ERROR "cannot use id \(variable of type int64\) as type int in"
}
