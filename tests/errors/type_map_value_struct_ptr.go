package main

import "fmt"

type Item struct{ Qty int }

func main() {
	inv := map[string]*Item{}
	inv["apple"] = Item{Qty: 3} // ERROR "cannot use Item\{…\} \(value of type Item\) as type \*Item in"
	fmt.Println(inv)
}
