package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "It was the best of times, it was the worst of times;\nit was the age of wisdom."
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ",.;"))
		freq[w]++
		total++
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	fmt.Println("total words:", total)
	for _, e := range list[:5] {
		fmt.Printf("%-6s %d\n", e.w, e.c)
	}
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	var runes []string
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Printf("%q\n", runes)
	bs := bufio.NewScanner(strings.NewReader("ab"))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Println(bs.Bytes())
	}
}
