package main

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.Open("config.txt")
	if err != nil {
		fmt.Println("missing")
		return
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil { // ERROR "info declared but not used"
		fmt.Println("opened")
	}
}
