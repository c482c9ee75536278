package main

import (
	"fmt"
	"strings"
)

func source(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func stage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

func sink(in <-chan string) []string {
	var all []string
	for s := range in {
		all = append(all, s)
	}
	return all
}

func main() {
	words := source("go", "channels", "are", "pipes")
	upper := stage(words, strings.ToUpper)
	framed := stage(upper, func(s string) string { return "[" + s + "]" })
	lengths := stage(framed, func(s string) string { return fmt.Sprintf("%s:%d", s, len(s)) })
	fmt.Println(sink(lengths))
	var chain <-chan string = source("a", "b")
	for i := 0; i < 10; i++ {
		chain = stage(chain, func(s string) string { return s + "." })
	}
	fmt.Println(sink(chain))
}
