package main

import (
	"fmt"
	"os"
)

const argc = len(os.Args) // ERROR "len\(os.Args\) \(value of type int\) is not constant"

func main() {
	fmt.Println(argc)
}
