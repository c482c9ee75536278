package main

import "fmt"

type Logger struct{ name string }

func (l *Logger) Close() { fmt.Println("closing", l.name) }

func get(name string) *Logger {
	fmt.Println("get", name)
	return &Logger{name}
}

func main() {
	l := &Logger{"first"}
	defer l.Close()
	l = &Logger{"second"}
	defer get("third").Close()
	fmt.Println("body")
	fn := func() { fmt.Println("fn v1") }
	defer fn()
	fn = func() { fmt.Println("fn v2") }
	for i := 0; i < 2; i++ {
		defer func(n int) { fmt.Println("arg", n) }(i * 10)
	}
}
