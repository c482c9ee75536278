package main

import (
	"fmt"
	"strconv"
)

func parse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Sprintf("parse %q: %v", s, err))
	}
	return n
}

func main() {
	total := 0
	for _, s := range []string{"10", "20", "x3"} {
		total += parse(s)
		fmt.Println("total", total)
	}
}
