package main

import "fmt"

func main() {
	s := "Hello, Go"
	fmt.Println(len(s), s[0], s[7], string(s[7]))
	fmt.Println(s[:5], s[7:], s[3:8])
	t := s + "!"
	t += "!"
	fmt.Println(t)
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
	fmt.Println("go" == "g"+"o", s != t)
	var out []byte
	for i := len(s) - 1; i >= 0; i-- {
		out = append(out, s[i])
	}
	fmt.Println(string(out))
	multi := `raw\nstring
with "quotes"`
	fmt.Println(multi)
	fmt.Println(len(multi))
	empty := ""
	fmt.Println(len(empty), empty == "")
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'o' {
			count++
		}
	}
	fmt.Println("o count:", count)
	sub := s[7:9]
	fmt.Printf("%q %q\n", sub, s[9:])
}
