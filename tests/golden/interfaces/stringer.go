package main

import (
	"fmt"
	"strings"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit.String()
}

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return strings.Join(parts, " ")
}

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.n) }

func main() {
	h := Hand{{1, Spades}, {10, Hearts}, {12, Diamonds}, {7, Clubs}}
	fmt.Println(h)
	fmt.Println(h[0], h[1].Suit)
	fmt.Printf("%v|%s|%d\n", h[2], h[2], h[2].Rank)
	fmt.Printf("%v %d\n", Hearts, Hearts)
	cards := []Card{{13, Clubs}}
	fmt.Println(cards)
	m := map[Suit]int{Hearts: 2, Spades: 1}
	fmt.Println(m)
	ps := PtrStringer{5}
	fmt.Println(&ps)
	fmt.Println(ps)
	fmt.Printf("%+v %#v\n", Card{2, Hearts}, Hearts)
	var st fmt.Stringer = h
	fmt.Println(st.String())
}
