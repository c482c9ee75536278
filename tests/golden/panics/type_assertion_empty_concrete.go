package main

import "fmt"

func main() {
	var x interface{} = "seven"
	if n, ok := x.(int); !ok {
		fmt.Println("not an int:", n)
	}
	fmt.Println(x.(string))
	n := x.(int)
	fmt.Println(n)
}
