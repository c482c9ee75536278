package main

import (
	"fmt"
	"sort"
	"strings"
)

type Codec interface {
	Name() string
	Encode(string) string
}

type Factory func(opts map[string]string) Codec

var registry = map[string]Factory{}

func Register(name string, f Factory) { registry[name] = f }

type reverseCodec struct{}

func (reverseCodec) Name() string { return "reverse" }
func (reverseCodec) Encode(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

type repeatCodec struct{ n int }

func (r repeatCodec) Name() string           { return fmt.Sprintf("repeat(%d)", r.n) }
func (r repeatCodec) Encode(s string) string { return strings.Repeat(s, r.n) }

type upperCodec struct{ prefix string }

func (u *upperCodec) Name() string           { return "upper" }
func (u *upperCodec) Encode(s string) string { return u.prefix + strings.ToUpper(s) }

func init() {
	Register("reverse", func(map[string]string) Codec { return reverseCodec{} })
	Register("repeat", func(o map[string]string) Codec { return repeatCodec{len(o["times"])} })
	Register("upper", func(o map[string]string) Codec { return &upperCodec{o["prefix"]} })
}

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("registered:", names)
	opts := map[string]string{"times": "xxx", "prefix": ">"}
	for _, n := range names {
		c := registry[n](opts)
		fmt.Printf("%-10s %-8T %q\n", c.Name(), c, c.Encode("abc"))
	}
	if f, ok := registry["missing"]; !ok {
		fmt.Println("missing codec:", f == nil)
	}
}
