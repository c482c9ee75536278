package main

import "fmt"

func main() {
	fmt.Println("field00", "field01", "field02", "field03", "field04", "field05", "field06", "field07", "field08", "field09", "field10", "field11", "field12", "field13", "field14", "field15", "field16", "field17", "field18", "field19", "field20", "field21", "field22", "field23", missing) // ERROR "undefined: missing"
}
