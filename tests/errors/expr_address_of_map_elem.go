package main

import "fmt"

func main() {
	ages := map[string]int{"bob": 40}
	p := &ages["bob"] // ERROR "invalid operation: cannot take address of ages\[\"bob\"\] \(map"
	fmt.Println(*p)
}
