package main

import "fmt"

type Stats struct {
	counts map[string]int
}

func cleanup(s *Stats) {
	fmt.Println("cleanup running")
	s.counts["cleanups"]++
}

func main() {
	s := &Stats{}
	defer cleanup(s)
	fmt.Println("main finished its work, counts:", len(s.counts))
}
