package main

import (
	"fmt"
	"strings"
)

func classify(s string) string {
	switch l := len(s); {
	case l == 0:
		return "empty"
	case l < 4:
		return "short"
	case strings.ToUpper(s) == s:
		return "shouting"
	default:
		return "normal"
	}
}

func httpStatus(code int) string {
	switch code / 100 {
	case 2:
		return "success"
	case 3:
		return "redirect"
	case 4:
		switch code {
		case 404:
			return "not found"
		case 401, 403:
			return "denied"
		}
		return "client error"
	case 5:
		return "server error"
	}
	return "unknown"
}

func main() {
	for _, s := range []string{"", "hi", "HELLO", "hello"} {
		fmt.Printf("%q: %s\n", s, classify(s))
	}
	for _, c := range []int{200, 301, 404, 403, 418, 503, 99} {
		fmt.Println(c, httpStatus(c))
	}
	x := 5
	switch {
	case x > 3 && x < 10:
		fmt.Println("between")
	}
	switch y := x * 2; y {
	case 10:
		fmt.Println("ten")
	}
}
