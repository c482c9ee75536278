package main

import "fmt"

type Item struct {
	Name  string
	Price float64
}

func main() {
	it := Item{Name: "pen", Price: "1.50"} // ERROR "cannot use \"1.50\" \(untyped string constant\) as float64"
	fmt.Println(it)
}
