package main

import "fmt"

func main() {
	s := "gopher"
	fmt.Printf("[%s] [%10s] [%-10s] [%.3s] [%10.2s]\n", s, s, s, s, s)
	fmt.Printf("[%q] [%+q] [%#q] [%#q]\n", "héllo\n", "héllo", "back`tick", "plain")
	fmt.Printf("[%x] [%X] [% x] [%#x] [% #x]\n", "hi!", "hi!", "hi!", "hi!", "hi!")
	fmt.Printf("[%s] [%q] [%x]\n", []byte("bytes"), []byte("q"), []byte{1, 171})
	fmt.Printf("[%s] [%q] [%v]\n", []string{"a", "b"}, []string{"c", "d e"}, []string{"f"})
	fmt.Printf("[%*s] [%-*s]\n", 8, "right", 8, "left")
	fmt.Printf("[%5s] [%-5s] [%.1s]\n", "世界", "世界", "世界")
	fmt.Printf("[%c%c%c]\n", 'G', 'o', '!')
	fmt.Printf("[%v] [%s]\n", "", "")
	fmt.Printf("[%08s] [%-08s]\n", "ab", "ab")
	fmt.Printf("[%q]\n", "\x00\x7f\u2028\U0010ffff\xff")
	fmt.Printf("[%.5q] [%.10x]\n", "abcdefgh", "abcdefgh")
	fmt.Printf("%s and %v and %d\n", "text", "text", 7)
	type Name string
	fmt.Printf("[%s] [%q] [%v]\n", Name("typed"), Name("typed"), Name("typed"))
	str := fmt.Sprintf("%-4s|%4s|", "ab", "cd")
	fmt.Println(str, len(str))
}
