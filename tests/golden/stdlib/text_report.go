package main

import (
	"fmt"
	"os"
	"strings"
)

type Row struct {
	Name   string
	Qty    int
	Price  float64
	Active bool
}

func main() {
	rows := []Row{
		{"Widget", 3, 4.5, true},
		{"Gadget extra long name", 12, 19.99, false},
		{"Nut", 1000, 0.05, true},
	}
	header := fmt.Sprintf("%-12s %6s %9s %-6s", "NAME", "QTY", "PRICE", "ACTIVE")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	var total float64
	for _, r := range rows {
		name := r.Name
		if len(name) > 12 {
			name = name[:11] + "…"
		}
		line := r.Price * float64(r.Qty)
		total += line
		fmt.Printf("%-12s %6d %9.2f %-6t\n", name, r.Qty, r.Price, r.Active)
	}
	fmt.Println(strings.Repeat("=", len(header)))
	fmt.Printf("%-12s %16.2f\n", "TOTAL", total)
	fmt.Fprintf(os.Stdout, "%5.1f%% of rows active\n", 100*2/3.0)
	fmt.Printf("%+6d|%-+6d|%x|%X|%o\n", 42, 42, 3054, 3054, 64)
	fmt.Printf("%8.3e|%-10.2g|%G\n", 123456.789, 0.000123, 1e-10)
}
