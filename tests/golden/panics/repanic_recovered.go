package main

import "fmt"

func process(items []string) {
	defer func() {
		r := recover()
		fmt.Println("cleanup saw:", r)
		panic(fmt.Sprintf("cleanup failed after %v", r))
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
