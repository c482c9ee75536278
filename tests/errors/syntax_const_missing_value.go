package main

import "fmt"

const Version string // ERROR "missing init expr for Version"

func main() {
	fmt.Println(Version)
}
