package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println("lines from stdin:", lines, sc.Err())
	r := bufio.NewReader(os.Stdin)
	_, err := r.ReadString('\n')
	fmt.Println(err == io.EOF, err)
	buf := make([]byte, 8)
	n, err := os.Stdin.Read(buf)
	fmt.Println(n, err)
	all, err := io.ReadAll(os.Stdin)
	fmt.Println(len(all), err)
}
