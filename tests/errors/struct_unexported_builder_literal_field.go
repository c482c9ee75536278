package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Builder{}.buf) // ERROR "strings.Builder\{\}.buf undefined \(type strings.Builder has"
}
