package main

import "fmt"

func main() {
	stock := map[string]int{"apple": 3}
	fmt.Println(stock[1]) // ERROR "cannot use 1 \(untyped int constant\) as string value in map"
}
