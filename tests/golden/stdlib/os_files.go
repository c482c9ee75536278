package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	_, err := os.ReadFile("/nonexistent/vitro/golden.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist))
	src, err := os.ReadFile("os_files.go")
	if err != nil {
		fmt.Println("cannot read own source:", err)
		return
	}
	lines := strings.Split(string(src), "\n")
	fmt.Println("first line:", lines[0])
	fmt.Println("has main:", strings.Contains(string(src), "func main()"))
	count := 0
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "fmt.Println") {
			count++
		}
	}
	fmt.Println("println calls:", count)
	err = os.WriteFile("/nonexistent/vitro/out.txt", []byte("x"), 0o644)
	fmt.Println(err != nil, errors.Is(err, os.ErrNotExist))
}
