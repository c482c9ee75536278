package main

import "fmt"

type Greeter interface{ Greet(string) string }

type English struct{}
type French struct{ excl bool }

func (English) Greet(n string) string { return "Hello, " + n }
func (f French) Greet(n string) string {
	if f.excl {
		return "Bonjour, " + n + " !"
	}
	return "Bonjour, " + n
}

func main() {
	var g Greeter = English{}
	hello := g.Greet
	g = French{true}
	fmt.Println(hello("Ann"), "|", g.Greet("Ann"))
	greetFns := map[string]func(string) string{}
	for name, gr := range map[string]Greeter{"en": English{}, "fr": French{}} {
		greetFns[name] = gr.Greet
	}
	fmt.Println(greetFns["en"]("Bob"))
	fmt.Println(greetFns["fr"]("Bob"))
	expr := Greeter.Greet
	fmt.Println(expr(French{true}, "Cy"))
}
