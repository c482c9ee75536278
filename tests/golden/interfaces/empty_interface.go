package main

import "fmt"

type Box struct {
	items []interface{}
}

func (b *Box) Put(v interface{}) { b.items = append(b.items, v) }

func (b *Box) Sum() float64 {
	total := 0.0
	for _, it := range b.items {
		switch v := it.(type) {
		case int:
			total += float64(v)
		case float64:
			total += v
		case string:
			total += float64(len(v))
		}
	}
	return total
}

func main() {
	var b Box
	b.Put(1)
	b.Put(2.5)
	b.Put("abc")
	b.Put(nil)
	b.Put([]string{"ignored"})
	fmt.Println(len(b.items), b.Sum())
	fmt.Println(b.items...)
	fmt.Println(b.items)
	var anything any = map[string]any{"n": 1, "list": []any{"x", 2}, "nested": map[string]any{"ok": true}}
	fmt.Println(anything)
	m := anything.(map[string]any)
	fmt.Println(m["list"].([]any)[1].(int) + 1)
	var x any = 3
	x = "now a string"
	fmt.Printf("%v %T\n", x, x)
	x = struct{ A int }{5}
	fmt.Printf("%v %+v %T\n", x, x, x)
}
