package main

import (
	"fmt"
	"strings"
)

func process(lines []string) {
	for i, l := range lines {
		defer fmt.Println("deferred for line", i)
		if strings.TrimSpace(l) == "" {
			panic(fmt.Sprintf("line %d is empty", i+1))
		}
		fmt.Println("processed:", l)
	}
}

func main() {
	process([]string{"alpha", "beta", "  ", "delta"})
}
