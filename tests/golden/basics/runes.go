package main

import "fmt"

func main() {
	s := "aé世🙂"
	fmt.Println(len(s))
	for i, r := range s {
		fmt.Printf("%d: %c %U %d\n", i, r, r, len(string(r)))
	}
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	runes := []rune(s)
	fmt.Println(len(runes), string(runes[2]))
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	var r rune = 'Z'
	r += 2
	fmt.Println(r, string(r))
	fmt.Println('\n', '\t', '\'', '\\', '\x41', '\u00e9', '\U0001F600', '\101')
	reversed := []rune("Hello, 世界")
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
	}
	fmt.Println(string(reversed))
}
