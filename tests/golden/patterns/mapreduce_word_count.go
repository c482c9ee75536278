package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func mapper(doc string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(doc)) {
		m[strings.Trim(w, ".,!?")]++
	}
	return m
}

func main() {
	docs := []string{
		"The cat sat.", "The dog sat, the cat ran!", "A bird flew over the dog.",
		"Cats and dogs? The end.",
	}
	partials := make(chan map[string]int, len(docs))
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func(d string) {
			defer wg.Done()
			partials <- mapper(d)
		}(d)
	}
	wg.Wait()
	close(partials)
	total := map[string]int{}
	for p := range partials {
		for w, c := range p {
			total[w] += c
		}
	}
	words := make([]string, 0, len(total))
	for w := range total {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if total[words[i]] != total[words[j]] {
			return total[words[i]] > total[words[j]]
		}
		return words[i] < words[j]
	})
	for _, w := range words[:5] {
		fmt.Println(w, total[w])
	}
	fmt.Println(len(words))
}
