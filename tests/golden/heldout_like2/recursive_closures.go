package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val         int
	Left, Right *Node
}

func main() {
	var fib func(n int) int
	memo := map[int]int{}
	calls := 0
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(50), calls)
	var insert func(n *Node, v int) *Node
	insert = func(n *Node, v int) *Node {
		if n == nil {
			return &Node{Val: v}
		}
		if v < n.Val {
			n.Left = insert(n.Left, v)
		} else {
			n.Right = insert(n.Right, v)
		}
		return n
	}
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = insert(root, v)
	}
	var walk func(n *Node, depth int)
	var sb strings.Builder
	walk = func(n *Node, depth int) {
		if n == nil {
			return
		}
		walk(n.Left, depth+1)
		fmt.Fprintf(&sb, "%s%d\n", strings.Repeat("  ", depth), n.Val)
		walk(n.Right, depth+1)
	}
	walk(root, 0)
	fmt.Print(sb.String())
	var perms func(prefix string, rest []rune)
	var out []string
	perms = func(prefix string, rest []rune) {
		if len(rest) == 0 {
			out = append(out, prefix)
			return
		}
		for i, r := range rest {
			others := append(append([]rune{}, rest[:i]...), rest[i+1:]...)
			perms(prefix+string(r), others)
		}
	}
	perms("", []rune("abc"))
	fmt.Println(out)
	isEven, isOdd := func() (func(int) bool, func(int) bool) {
		var even, odd func(int) bool
		even = func(n int) bool { return n == 0 || odd(n-1) }
		odd = func(n int) bool { return n != 0 && even(n-1) }
		return even, odd
	}()
	fmt.Println(isEven(10), isOdd(7), isEven(3))
}
