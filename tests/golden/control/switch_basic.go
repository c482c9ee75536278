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

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
	return "consonant"
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Println(s, grade(s))
	}
	for _, c := range []byte("go 1") {
		fmt.Printf("%q %s\n", c, kind(c))
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
	case x > 1:
		fmt.Println("x > 1")
	}
	day := "sat"
	switch day {
	default:
		fmt.Println("weekday")
	case "sat", "sun":
		fmt.Println("weekend")
	}
	switch {
	}
	var calls []int
	f := func(n int) int { calls = append(calls, n); return n }
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("matched, evaluated", calls)
	}
}
