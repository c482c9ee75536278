package main

import "fmt"

func process(items []string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleanup after:", r)
			panic(r)
		}
	}()
	for i, it := range items {
		if it == "" {
			panic(fmt.Sprintf("empty item at %d", i))
		}
		fmt.Println("item", it)
	}
}

func main() {
	process([]string{"a", "b", "", "d"})
}
