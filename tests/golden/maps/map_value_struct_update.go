package main

import "fmt"

type Stats struct {
	Count int
	Total float64
}

func main() {
	byName := map[string]Stats{}
	data := []struct {
		name string
		v    float64
	}{{"a", 1}, {"b", 2}, {"a", 3}, {"c", 4}, {"a", 5}}
	for _, d := range data {
		s := byName[d.name]
		s.Count++
		s.Total += d.v
		byName[d.name] = s
	}
	fmt.Println(byName)

	ptrs := map[string]*Stats{}
	for _, d := range data {
		if ptrs[d.name] == nil {
			ptrs[d.name] = &Stats{}
		}
		ptrs[d.name].Count++
		ptrs[d.name].Total += d.v
	}
	for _, k := range []string{"a", "b", "c"} {
		fmt.Printf("%s %+v\n", k, *ptrs[k])
	}
	arrs := map[string][2]int{"x": {1, 2}}
	a := arrs["x"]
	a[0] = 100
	fmt.Println(arrs, a)
}
