package main

import (
	"fmt"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) Add(i uint) {
	w := i / 64
	for uint(len(b.words)) <= w {
		b.words = append(b.words, 0)
	}
	b.words[w] |= 1 << (i % 64)
}

func (b *BitSet) Has(i uint) bool {
	w := i / 64
	return w < uint(len(b.words)) && b.words[w]&(1<<(i%64)) != 0
}

func (b *BitSet) Remove(i uint) {
	if w := i / 64; w < uint(len(b.words)) {
		b.words[w] &^= 1 << (i % 64)
	}
}

func (b *BitSet) Union(o *BitSet) {
	for i, w := range o.words {
		if i < len(b.words) {
			b.words[i] |= w
		} else {
			b.words = append(b.words, w)
		}
	}
}

func (b *BitSet) Len() int {
	n := 0
	for _, w := range b.words {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return n
}

func (b *BitSet) String() string {
	var parts []string
	for i, w := range b.words {
		for j := 0; j < 64; j++ {
			if w&(1<<uint(j)) != 0 {
				parts = append(parts, fmt.Sprint(i*64+j))
			}
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var a, b BitSet
	for _, i := range []uint{1, 3, 64, 100, 200} {
		a.Add(i)
	}
	b.Add(2)
	b.Add(3)
	b.Add(300)
	fmt.Println(&a, a.Len(), a.Has(64), a.Has(65), a.Has(1000))
	a.Remove(3)
	a.Remove(5000)
	a.Union(&b)
	fmt.Println(&a, a.Len(), len(a.words))
	fmt.Printf("%#x\n", a.words[0])
}
