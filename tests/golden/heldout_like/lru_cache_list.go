package main

import (
	"fmt"
	"strings"
)

type node struct {
	key, val   int
	prev, next *node
}

type LRU struct {
	cap   int
	items map[int]*node
	head  *node
	tail  *node
}

func NewLRU(cap int) *LRU {
	h := &node{}
	t := &node{}
	h.next = t
	t.prev = h
	return &LRU{cap: cap, items: make(map[int]*node), head: h, tail: t}
}

func (c *LRU) remove(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (c *LRU) pushFront(n *node) {
	n.next = c.head.next
	n.prev = c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU) Get(k int) (int, bool) {
	if n, ok := c.items[k]; ok {
		c.remove(n)
		c.pushFront(n)
		return n.val, true
	}
	return 0, false
}

func (c *LRU) Put(k, v int) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.remove(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		lru := c.tail.prev
		c.remove(lru)
		delete(c.items, lru.key)
		fmt.Println("evict", lru.key)
	}
	n := &node{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
}

func (c *LRU) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := c.head.next; n != c.tail; n = n.next {
		if n != c.head.next {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%d:%d", n.key, n.val)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	c := NewLRU(3)
	c.Put(1, 10)
	c.Put(2, 20)
	c.Put(3, 30)
	fmt.Println(c)
	v, ok := c.Get(1)
	fmt.Println(v, ok, c)
	c.Put(4, 40)
	fmt.Println(c)
	_, ok = c.Get(2)
	fmt.Println("2 present:", ok)
	c.Put(3, 33)
	c.Put(5, 50)
	fmt.Println(c, len(c.items))
	fmt.Printf("%v\n", c)
}
