// vitro:go1.22
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred closure sees", i) }()
	}
	for _, name := range []string{"x", "y"} {
		defer func() { fmt.Println("range var", name) }()
	}
	for i := range 2 {
		defer fmt.Println("direct arg", i)
	}
	fmt.Println("main body done")
}
