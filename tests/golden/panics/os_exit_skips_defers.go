package main

import (
	"fmt"
	"os"
)

func cleanup(name string) { fmt.Println("cleanup", name) }

func main() {
	defer cleanup("main")
	func() {
		defer cleanup("inner")
		fmt.Println("inner work")
	}()
	fmt.Println("about to exit")
	fmt.Fprintln(os.Stderr, "exiting with status 3")
	os.Exit(3)
}
