package main

import "fmt"

func name(id int) string {
	if id == 0 {
		return "root"
	}
	return id // ERROR "cannot use id \(variable of type int\) as type string in"
}

func main() {
	fmt.Println(name(1))
}
