package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "string")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "extra", 3.5)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", T{255})
	fmt.Printf("%s\n", T{1})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%.2f\n", "x")
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("no verbs\n", "arg")
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%*d\n", "w", 5)
	s := fmt.Sprintf("%v|%v", 1)
	fmt.Println(s)
}
