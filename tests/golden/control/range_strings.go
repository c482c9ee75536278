package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	for i, r := range s {
		fmt.Printf("%2d %q\n", i, r)
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len(s))
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	vowels := 0
	for _, r := range "programming language" {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	fmt.Println("vowels:", vowels)
	for i, r := range "a\xc3b" {
		fmt.Println(i, r)
	}
	word := "level"
	pal := true
	rs := []rune(word)
	for i := range rs {
		if rs[i] != rs[len(rs)-1-i] {
			pal = false
		}
	}
	fmt.Println(word, "palindrome:", pal)
}
