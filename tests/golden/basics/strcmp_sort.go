package main

import "fmt"

func less(a, b string) bool { return a < b }

func main() {
	words := []string{"banana", "Apple", "cherry", "apple", "Banana", "", "ápple", "ab"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && less(words[j], words[j-1]); j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	for _, w := range words {
		fmt.Printf("%q ", w)
	}
	fmt.Println()
	fmt.Println("a" < "b", "a" > "B", "abc" >= "abc", "abc" <= "abb")
	fmt.Println("\xff" > "z", "世" > "z")
	x, y := "hello", "hel"+"lo"
	fmt.Println(x == y, &x != &y)
}
