package main

import "fmt"

func main() {
	var a int32 = 5
	var b int64
	b = a // ERROR "cannot use a \(variable of type int32\) as type int64 in"
	fmt.Println(b)
}
