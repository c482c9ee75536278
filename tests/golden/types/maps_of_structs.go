package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
	Min   float64
	Max   float64
}

func (s Stats) Mean() float64 { return s.Sum / float64(s.Count) }

type Sale struct {
	Region string
	Amount float64
}

func main() {
	sales := []Sale{
		{"north", 120}, {"south", 80}, {"north", 45.5}, {"east", 300},
		{"south", 20}, {"north", 99.5}, {"east", 10},
	}
	byRegion := map[string]Stats{}
	for _, s := range sales {
		st, ok := byRegion[s.Region]
		if !ok {
			st = Stats{Min: s.Amount, Max: s.Amount}
		}
		st.Count++
		st.Sum += s.Amount
		if s.Amount < st.Min {
			st.Min = s.Amount
		}
		if s.Amount > st.Max {
			st.Max = s.Amount
		}
		byRegion[s.Region] = st
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	for _, r := range regions {
		st := byRegion[r]
		fmt.Printf("%-6s n=%d sum=%7.2f min=%6.2f max=%6.2f mean=%6.2f\n", r, st.Count, st.Sum, st.Min, st.Max, st.Mean())
	}
	ptrs := map[string]*Stats{}
	for _, s := range sales {
		if ptrs[s.Region] == nil {
			ptrs[s.Region] = &Stats{}
		}
		ptrs[s.Region].Count++
	}
	fmt.Println(ptrs["north"].Count, ptrs["east"].Count, len(ptrs))
	fmt.Println(byRegion["west"], byRegion["west"].Count)
}
