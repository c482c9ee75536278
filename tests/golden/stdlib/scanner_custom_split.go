package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func splitComma(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha, beta,gamma ,, delta"))
	sc.Split(splitComma)
	var fields []string
	for sc.Scan() {
		fields = append(fields, sc.Text())
	}
	fmt.Printf("%d %q\n", len(fields), fields)
	lines := bufio.NewScanner(strings.NewReader("a\n\nb\n"))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("line %d: %q\n", n, lines.Text())
	}
	long := strings.Repeat("x", 100)
	small := bufio.NewScanner(strings.NewReader(long))
	small.Buffer(make([]byte, 10), 20)
	for small.Scan() {
		fmt.Println("unexpected token")
	}
	fmt.Println("error:", small.Err())
}
