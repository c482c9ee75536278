package main

import (
	"fmt"
	"strings"
)

var registry = map[string]func(string) string{}

var counter = func() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}()

func register(name string, f func(string) string) bool {
	registry[name] = f
	return true
}

var _ = register("upper", strings.ToUpper)
var _ = register("lower", strings.ToLower)

func init() {
	register("twice", func(s string) string { return s + s })
}

func main() {
	for _, n := range []string{"upper", "lower", "twice", "none"} {
		if f, ok := registry[n]; ok {
			fmt.Println(n, f("GoLang"))
		} else {
			fmt.Println(n, "missing")
		}
	}
	fmt.Println(counter(), counter(), counter())
}
