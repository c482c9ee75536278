package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

func main() {
	items := []Item{
		{"A-100", "Widget", 12, 2.5},
		{"B-20", "Gizmo deluxe", 3, 19.99},
		{"C-3", "Nut", 250, 0.04},
	}
	sort.Slice(items, func(i, j int) bool { return items[i].Qty*int(items[i].Price*100) > items[j].Qty*int(items[j].Price*100) })
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.Debug)
	fmt.Fprintln(w, "SKU\tName\tQty\tPrice\tTotal\t")
	fmt.Fprintln(w, "---\t----\t---\t-----\t-----\t")
	total := 0.0
	for _, it := range items {
		t := float64(it.Qty) * it.Price
		total += t
		fmt.Fprintf(w, "%s\t%s\t%d\t%.2f\t%.2f\t\n", it.SKU, it.Name, it.Qty, it.Price, t)
	}
	fmt.Fprintf(w, "\t\t\t\t%.2f\t\n", total)
	if err := w.Flush(); err != nil {
		fmt.Println("flush:", err)
	}
	r := tabwriter.NewWriter(os.Stdout, 6, 4, 1, ' ', tabwriter.AlignRight)
	for i := 1; i <= 1000; i *= 10 {
		fmt.Fprintf(r, "%d\t%d\t%d\t\n", i, i*i, i*i*i)
	}
	r.Flush()
}
