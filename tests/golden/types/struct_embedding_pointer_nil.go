package main

import "fmt"

type Meta struct{ Tags []string }

func (m *Meta) AddTag(t string) { m.Tags = append(m.Tags, t) }
func (m *Meta) Count() int {
	if m == nil {
		return 0
	}
	return len(m.Tags)
}

type Doc struct {
	*Meta
	Title string
}

func main() {
	d := Doc{Title: "untagged"}
	fmt.Println(d.Meta == nil, d.Count())
	d.Meta = &Meta{}
	d.AddTag("go")
	d.AddTag("vm")
	fmt.Println(d.Count(), d.Tags)
	e := d // copies the pointer: shares Meta
	e.AddTag("shared")
	fmt.Println(d.Count(), e.Count())
	e.Meta = &Meta{Tags: []string{"own"}}
	fmt.Println(d.Tags, e.Tags)
	fmt.Printf("%+v\n", Doc{Title: "x"})
}
