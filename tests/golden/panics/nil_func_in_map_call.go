package main

import (
	"fmt"
	"sort"
)

var handlers = map[string]func(int) int{
	"double": func(x int) int { return x * 2 },
	"square": func(x int) int { return x * x },
}

func main() {
	names := make([]string, 0, len(handlers))
	for n := range handlers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, handlers[n](7))
	}
	h := handlers["cube"]
	fmt.Println("cube handler is nil:", h == nil)
	fmt.Println(h(3))
}
