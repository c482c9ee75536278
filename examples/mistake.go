// mistake.go — `make run` shows vitro's diagnostics on this program (Go's wording).
package main

import (
	"fmt"
	"os"
)

func main() {
	count := "3"
	fmt.Println(count + 1)
}
