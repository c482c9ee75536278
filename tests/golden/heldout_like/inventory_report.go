package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Food Category = iota + 1
	Tools
	Toys
)

var categoryNames = map[Category]string{Food: "food", Tools: "tools", Toys: "toys"}

func (c Category) String() string {
	if n, ok := categoryNames[c]; ok {
		return n
	}
	return fmt.Sprintf("Category(%d)", int(c))
}

type Product struct {
	SKU      string
	Name     string
	Cat      Category
	Price    float64
	Quantity int
}

type Inventory struct {
	products map[string]*Product
}

var ErrNotFound = errors.New("product not found")
var ErrStock = errors.New("insufficient stock")

func (inv *Inventory) Add(p Product) {
	if inv.products == nil {
		inv.products = map[string]*Product{}
	}
	if existing, ok := inv.products[p.SKU]; ok {
		existing.Quantity += p.Quantity
		return
	}
	inv.products[p.SKU] = &p
}

func (inv *Inventory) Remove(sku string, n int) error {
	p, ok := inv.products[sku]
	if !ok {
		return fmt.Errorf("remove %s: %w", sku, ErrNotFound)
	}
	if p.Quantity < n {
		return fmt.Errorf("remove %d of %s (have %d): %w", n, sku, p.Quantity, ErrStock)
	}
	p.Quantity -= n
	return nil
}

func (inv *Inventory) Report() string {
	byCat := map[Category][]*Product{}
	for _, p := range inv.products {
		byCat[p.Cat] = append(byCat[p.Cat], p)
	}
	cats := make([]Category, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return cats[i] < cats[j] })
	var sb strings.Builder
	grand := 0.0
	for _, c := range cats {
		ps := byCat[c]
		sort.Slice(ps, func(i, j int) bool { return ps[i].SKU < ps[j].SKU })
		fmt.Fprintf(&sb, "== %v ==\n", c)
		sub := 0.0
		for _, p := range ps {
			v := p.Price * float64(p.Quantity)
			sub += v
			fmt.Fprintf(&sb, "  %-6s %-12s %3d x %7.2f = %9.2f\n", p.SKU, p.Name, p.Quantity, p.Price, v)
		}
		fmt.Fprintf(&sb, "  subtotal %.2f\n", sub)
		grand += sub
	}
	fmt.Fprintf(&sb, "TOTAL %.2f", grand)
	return sb.String()
}

func main() {
	var inv Inventory
	inv.Add(Product{"F001", "Apples", Food, 0.45, 120})
	inv.Add(Product{"T001", "Hammer", Tools, 12.99, 8})
	inv.Add(Product{"Y001", "Yo-yo", Toys, 3.5, 30})
	inv.Add(Product{"F002", "Bread", Food, 2.25, 15})
	inv.Add(Product{"F001", "Apples", Food, 0.45, 30})
	inv.Add(Product{"X001", "Mystery", Category(9), 1, 1})
	for _, op := range []struct {
		sku string
		n   int
	}{{"F001", 100}, {"T001", 9}, {"Z999", 1}, {"Y001", 30}} {
		if err := inv.Remove(op.sku, op.n); err != nil {
			fmt.Println("error:", err, "| notfound:", errors.Is(err, ErrNotFound), "| stock:", errors.Is(err, ErrStock))
		}
	}
	fmt.Println(inv.Report())
}
