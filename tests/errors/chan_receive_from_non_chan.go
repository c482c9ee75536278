package main

import "fmt"

func main() {
	jobs := []string{"a"}
	j := <-jobs // ERROR "invalid operation: cannot receive from non-channel jobs"
	fmt.Println(j)
}
