package main

import "fmt"

func main() {
	ages := map[string]int{
		"ann": 30,
		"bob": "forty", // ERROR "cannot use \"forty\" \(untyped string constant\) as int value"
	}
	fmt.Println(ages)
}
