package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const input = `# config file
name = vitro
version = 1.2

mode=fast
 empty =
invalid line
threads = 4
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
			fmt.Printf("line %d: bad syntax %q\n", lineNo, line)
			continue
		}
		cfg[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s = %q\n", k, cfg[k])
	}
	ws := bufio.NewScanner(strings.NewReader("the cat  sat\non the\tmat"))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print("[", ws.Text(), "]")
	}
	fmt.Println(" words:", n)
	rs := bufio.NewScanner(strings.NewReader("héy"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	r := bufio.NewReader(strings.NewReader("line one\nline two\nlast"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
}
