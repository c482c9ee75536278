package main

import (
	"fmt"
	"strings"
)

type Row struct {
	Item  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"Widget", 3, 4.5}, {"Gadget (large)", 12, 19.99}, {"Nut", 1000, 0.015}}
	header := fmt.Sprintf("%-16s %6s %10s %12s", "ITEM", "QTY", "PRICE", "TOTAL")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	var sum float64
	for _, r := range rows {
		total := float64(r.Qty) * r.Price
		sum += total
		fmt.Printf("%-16.16s %6d %10.3f %12.2f\n", r.Item, r.Qty, r.Price, total)
	}
	fmt.Println(strings.Repeat("=", len(header)))
	fmt.Printf("%-16s %6s %10s %12.2f\n", "SUM", "", "", sum)
	fmt.Printf("%s\n", fmt.Sprintf("%3d%%", 57))
	fmt.Printf("%6.2e|%-12.4g|%+.0f\n", sum, sum, sum)
}
