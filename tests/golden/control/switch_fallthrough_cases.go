package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func describe(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1, 2, 3:
		out = append(out, "small")
		fallthrough
	case 4:
		out = append(out, "four-or-less")
	case 5, 6:
		out = append(out, "five-six")
	default:
		out = append(out, "big")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, n := range []int{0, 2, 4, 6, 9} {
		fmt.Println(n, describe(n))
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
	switch s := "go"; {
	case len(s) == 2:
		fmt.Println("two letters")
	}
	var iface interface{} = 3
	switch iface {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
}
