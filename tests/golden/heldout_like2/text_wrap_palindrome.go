package main

import (
	"fmt"
	"strings"
)

func wordWrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func main() {
	text := "The Go programming language is an open source project to make programmers more productive."
	for i, l := range wordWrap(text, 20) {
		fmt.Printf("%2d |%-20s|\n", i+1, l)
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "", "Was it a car or a cat I saw?"} {
		fmt.Printf("%q -> %t\n", s, isPalindrome(s))
	}
	freq := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower("the cat and the hat and the bat")) {
		freq[w]++
	}
	fmt.Println(freq)
	fmt.Println(strings.Repeat("=-", 10) + "=")
	s := "Hello, 世界!"
	fmt.Println(len(s), strings.ToUpper(s), strings.Index(s, "世"), s[7:10], []byte(s[7:8]))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	fmt.Printf("%s|%v|%d\n", string(s[0]), s[0], s[len(s)-1])
}
