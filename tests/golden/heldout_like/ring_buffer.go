package main

import (
	"errors"
	"fmt"
)

type Ring struct {
	buf        []int
	head, tail int
	full       bool
}

var ErrEmpty = errors.New("ring: empty")

func NewRing(n int) *Ring { return &Ring{buf: make([]int, n)} }

func (r *Ring) Put(v int) (overwritten bool) {
	if r.full {
		r.head = (r.head + 1) % len(r.buf)
		overwritten = true
	}
	r.buf[r.tail] = v
	r.tail = (r.tail + 1) % len(r.buf)
	r.full = r.tail == r.head
	return
}

func (r *Ring) Get() (int, error) {
	if !r.full && r.head == r.tail {
		return 0, ErrEmpty
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.full = false
	return v, nil
}

func (r *Ring) Len() int {
	if r.full {
		return len(r.buf)
	}
	return (r.tail - r.head + len(r.buf)) % len(r.buf)
}

func main() {
	r := NewRing(4)
	for i := 1; i <= 6; i++ {
		fmt.Printf("put %d overwrote=%v len=%d\n", i, r.Put(i), r.Len())
	}
	for {
		v, err := r.Get()
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrEmpty))
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	r.Put(10)
	r.Put(20)
	v, _ := r.Get()
	r.Put(30)
	fmt.Println(v, r.Len(), r.buf)
}
