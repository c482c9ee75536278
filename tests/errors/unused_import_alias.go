package main

import (
	"fmt"
	str "strings" // ERROR "imported and not used: \"strings\" as str"
)

func main() {
	fmt.Println("no strings here")
}
