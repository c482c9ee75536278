package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `sku,name,qty,price
A100,bolt,250,0.10
A200,nut,1000,0.05
B300,hinge,12,3.75
B310,bracket,x,1.20
C400,gear,7,12.50
C401,gear-large,3,29.99,extra
`

type item struct {
	sku   string
	name  string
	qty   int
	price float64
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Scan()
	header := strings.Split(sc.Text(), ",")
	var items []item
	line := 1
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), ",")
		if len(f) != len(header) {
			fmt.Printf("line %d: expected %d fields, got %d\n", line, len(header), len(f))
			continue
		}
		qty, err := strconv.Atoi(f[2])
		if err != nil {
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		price, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		items = append(items, item{f[0], f[1], qty, price})
	}
	sort.Slice(items, func(i, j int) bool {
		return float64(items[i].qty)*items[i].price > float64(items[j].qty)*items[j].price
	})
	total := 0.0
	for _, it := range items {
		value := float64(it.qty) * it.price
		total += value
		fmt.Printf("%-5s %-8s %5d x %6.2f = %8.2f\n", it.sku, it.name, it.qty, it.price, value)
	}
	fmt.Printf("%d items, total value %s\n", len(items), strconv.FormatFloat(total, 'f', 2, 64))
}
