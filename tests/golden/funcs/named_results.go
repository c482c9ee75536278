package main

import (
	"fmt"
	"strings"
)

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (key, value string, ok bool) {
	i := strings.Index(s, "=")
	if i < 0 {
		return
	}
	key, value, ok = s[:i], s[i+1:], true
	return
}

func counter() (n int) {
	for i := 0; i < 5; i++ {
		n += i
	}
	return n * 2
}

func shadow() (result int) {
	result = 1
	{
		result := 99
		_ = result
	}
	return
}

func main() {
	fmt.Println(split(17))
	for _, s := range []string{"name=gopher", "noequals", "empty=", "=v"} {
		k, v, ok := parse(s)
		fmt.Printf("%q %q %v\n", k, v, ok)
	}
	fmt.Println(counter(), shadow())
}
