package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	inventory := map[string]map[string]int{
		"fruit": {"apple": 5, "banana": 0, "cherry": 12},
		"veg":   {"carrot": 7, "leek": 2},
		"dairy": {},
	}
	cats := make([]string, 0, len(inventory))
	for c := range inventory {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		items := inventory[c]
		if len(items) == 0 {
			fmt.Println(c + ": (none)")
			continue
		}
		names := make([]string, 0, len(items))
		for n := range items {
			names = append(names, n)
		}
		sort.Strings(names)
		var parts []string
		for _, n := range names {
			if items[n] == 0 {
				continue
			}
			parts = append(parts, fmt.Sprintf("%s=%d", n, items[n]))
		}
		fmt.Printf("%s: %s\n", c, strings.Join(parts, ", "))
	}
	total := 0
	for _, items := range inventory {
		for _, q := range items {
			total += q
		}
	}
	fmt.Println("total:", total)
	fmt.Println(inventory)
}
