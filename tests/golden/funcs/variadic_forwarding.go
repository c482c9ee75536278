package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Info(args ...interface{}) {
	l.Logf("INFO %s", fmt.Sprint(args...))
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func prepend(x int, xs ...int) []int {
	return append([]int{x}, xs...)
}

func apply(f func(...int) int, xs ...int) int { return f(xs...) }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	l := &Logger{prefix: "[app] "}
	l.Logf("started %d workers on %s", 4, "localhost")
	l.Info("ready", 1, 2)
	l.Logf("no args")
	l.Logf("%d%%", 50)
	fmt.Println(strings.Join(l.lines, "\n"))
	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-1, []int{-5, -2}...))
	fmt.Println(prepend(1), prepend(1, 2, 3))
	fmt.Println(apply(sum, 1, 2, 3, 4), apply(sum))
	args := []interface{}{"a", 1}
	fmt.Println(args...)
	fmt.Println(args)
}
