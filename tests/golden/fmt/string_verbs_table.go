package main

import "fmt"

func main() {
	vals := []string{"", "go", "héllo", "tab\there", "quote\"d", "日本語"}
	verbs := []string{"%s", "%q", "%+q", "%#q", "%x", "% x", "%X", "%10s", "%-10s|", "%.2s", "%8.3s", "%v"}
	for _, v := range vals {
		for _, verb := range verbs {
			fmt.Printf("["+verb+"]", v)
		}
		fmt.Println()
	}
	b := []byte("bytes")
	fmt.Printf("%s %q %x %v %d\n", b, b, b, b, b)
	r := []rune("ab")
	fmt.Printf("%v %q %c %U\n", r, r, r, r)
}
