package main

import "fmt"

type User struct{ Name string }

func main() {
	var u any = User{Name: "ann"}
	fmt.Println(u.Name) // ERROR "u.Name undefined \(type any has no field or method Name\)"
}
