package main

import "fmt"

func total(values []interface{}) int {
	sum := 0
	for _, v := range values {
		sum += v.(int)
		fmt.Println("running sum", sum)
	}
	return sum
}

func main() {
	fmt.Println(total([]interface{}{1, 2, 3}))
	fmt.Println(total([]interface{}{1, 2, "three", 4}))
}
