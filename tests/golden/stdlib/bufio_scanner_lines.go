package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `# config file
name = vitro
version = 1

# comment
threads = 4
  debug = true  
broken line
`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	cfg := map[string]string{}
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			fmt.Printf("line %d: no '=' in %q\n", lineNo, line)
			continue
		}
		cfg[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(lineNo, "lines")
	fmt.Println(cfg)
	sc2 := bufio.NewScanner(strings.NewReader("no trailing newline\r\nsecond"))
	for sc2.Scan() {
		fmt.Printf("%q\n", sc2.Text())
	}
	sc3 := bufio.NewScanner(strings.NewReader(""))
	fmt.Println(sc3.Scan(), sc3.Err())
}
