package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", T{255})
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%.2f\n", "x")
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%*d\n", "w", 5)
	fmt.Println(fmt.Sprintf("%v %v", 1))
	fmt.Printf("%")
	fmt.Println()
}
