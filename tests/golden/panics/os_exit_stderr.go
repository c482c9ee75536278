package main

import (
	"fmt"
	"os"
)

func main() {
	args := os.Args[1:]
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: tool FILE...")
		fmt.Println("printing usage and exiting with status 64")
		os.Exit(64)
	}
	fmt.Println("files:", args)
}
