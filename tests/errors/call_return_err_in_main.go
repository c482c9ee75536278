package main

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.Create("out.txt")
	if err != nil {
		return err // ERROR "too many return values"
	}
	defer f.Close()
	fmt.Fprintln(f, "ok")
}
