package main

import "fmt"

func main() {
	for _, w := range []int{1, 4, 8} {
		fmt.Printf("[%*d] [%-*d] [%*s]\n", w, 42, w, 42, w, "ab")
	}
	for p := 0; p < 4; p++ {
		fmt.Printf("[%.*f] [%8.*f]\n", p, 3.14159, p, 2.71828)
	}
	fmt.Printf("[%*d]\n", -6, 7)
	fmt.Printf("[%6.2f%%]\n", 12.3456)
	rows := [][]interface{}{{"apple", 3, 1.25}, {"kiwi", 12, 0.5}, {"watermelon", 1, 4.0}}
	for _, r := range rows {
		fmt.Printf("|%-12s|%4d|%7.2f|\n", r...)
	}
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s-%[1]s %[2]*[3]d\n", "x", 5, 9)
	fmt.Printf("%3c|%-3c|\n", 'A', 'B')
	fmt.Printf("%t %5t %-6t|\n", true, false, true)
}
