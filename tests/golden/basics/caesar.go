package main

import "fmt"

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		out = append(out, shift(r, k))
	}
	return string(out)
}

func main() {
	msg := "The Quick Brown Fox, jumps over the lazy dog!"
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3))
	fmt.Println(caesar("xyz XYZ", 13), caesar(caesar("Hello", 13), 13))
	var b byte = 'z'
	b++
	fmt.Println(b, string(rune(b)))
	fmt.Println('a'+1, 'a'*2, "a"+"1")
	counts := [26]int{}
	for _, r := range msg {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	for i, c := range counts {
		if c >= 3 {
			fmt.Printf("%c:%d ", 'a'+i, c)
		}
	}
	fmt.Println()
}
