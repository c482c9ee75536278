package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go was designed at Google; Go is expressive, concise,
clean, and efficient. Its concurrency mechanisms make it easy to write programs.`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	letters := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		counts[w]++
		letters += len(w)
	}
	type entry struct {
		word  string
		count int
	}
	var entries []entry
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println("distinct:", len(entries), "letters:", letters)
	for _, e := range entries[:6] {
		fmt.Printf("%-10s %s %d\n", e.word, strings.Repeat("*", e.count), e.count)
	}
	longest := ""
	for w := range counts {
		if len(w) > len(longest) || len(w) == len(longest) && w < longest {
			longest = w
		}
	}
	fmt.Println("longest:", longest)
}
