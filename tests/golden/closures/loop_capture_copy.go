package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 4; i++ {
		i := i
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	words := []string{"go", "vm", "gc"}
	var printers []func() string
	for _, w := range words {
		w := w
		printers = append(printers, func() string { return "<" + w + ">" })
	}
	for _, p := range printers {
		fmt.Print(p())
	}
	fmt.Println()

	var shared []func() int
	total := 0
	for i := 1; i <= 3; i++ {
		total += i
		shared = append(shared, func() int { return total })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
