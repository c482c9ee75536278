package main

import (
	"fmt"
	"strings"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"Widget", 3, 4.5}, {"Gadget extra long", 12, 19.99}, {"Nut", 1000, 0.05}}
	w := len("Item")
	for _, r := range rows {
		if len(r.Name) > w {
			w = len(r.Name)
		}
	}
	header := fmt.Sprintf("%-*s | %5s | %8s | %9s", w, "Item", "Qty", "Price", "Total")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	var grand float64
	for _, r := range rows {
		t := float64(r.Qty) * r.Price
		grand += t
		fmt.Printf("%-*s | %5d | %8.2f | %9.2f\n", w, r.Name, r.Qty, r.Price, t)
	}
	fmt.Println(strings.Repeat("=", len(header)))
	fmt.Printf("%*s | %9.2f\n", w+19, "TOTAL", grand)
	fmt.Printf("|%6.2f%%|%-8v|%8v|\n", 12.3456, "ab", []int{1})
	fmt.Printf("|%x|%X|%o|%c|\n", 3735928559, 48879, 8, 9731)
	for i := 1; i <= 3; i++ {
		fmt.Printf("%3d %-3d|%03d|%+3d\n", i*i, i, i*7, -i)
	}
	centered := func(s string, n int) string {
		pad := n - len(s)
		if pad <= 0 {
			return s
		}
		return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
	}
	fmt.Printf("[%s]\n", centered("mid", 10))
}
