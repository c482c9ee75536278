package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(swap.Replace("abba baab"))
	longest := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(longest.Replace("aaaa"))
	words := strings.NewReplacer("cat", "dog", "dog", "bird")
	fmt.Println(words.Replace("cat chases dog"))
	del := strings.NewReplacer(" ", "", "-", "")
	fmt.Println(del.Replace("555 - 123 - 4567"))
	var sb strings.Builder
	n, err := r.WriteString(&sb, "1 < 2")
	fmt.Println(sb.String(), n, err)
}
