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

func describe(n int) {
	fmt.Print(n, ": ")
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("small ")
		fallthrough
	case 2, 3:
		fmt.Print("tiny ")
	case 4:
		fmt.Print("four ")
		break
	default:
		fmt.Print("big ")
	}
	fmt.Println()
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i <= 5; i++ {
		describe(i)
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 10:
		fmt.Println("fell into x > 10")
	case x > 1:
		fmt.Println("not reached")
	}
	switch c := 'b'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	f := func() int { fmt.Println("evaluated"); return 2 }
	switch f() {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}
	switch {
	}
	var i interface{} = 3
	switch i {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue
		case i > 4:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}
