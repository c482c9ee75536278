package main

import "fmt"

type Handler func(string) string

func pick(name string) Handler {
	switch name {
	case "upper":
		return func(s string) string {
			b := []byte(s)
			for i, c := range b {
				if c >= 'a' && c <= 'z' {
					b[i] = c - 32
				}
			}
			return string(b)
		}
	case "rev":
		return func(s string) string {
			r := []rune(s)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r)
		}
	}
	return nil
}

func main() {
	for _, n := range []string{"upper", "rev", "none"} {
		h := pick(n)
		if h == nil {
			fmt.Println(n, "-> no handler")
			continue
		}
		fmt.Println(n, "->", h("héllo"))
	}
	var h Handler
	fmt.Println(h == nil, fmt.Sprintf("%T", h))
}
