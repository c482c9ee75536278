package main

import "fmt"

type Board struct{ cells *[9]byte }

func (b Board) Get(i int) byte { return b.cells[i] }

func main() {
	full := Board{cells: &[9]byte{'x', 'o', 'x'}}
	fmt.Println(string(full.Get(0)), string(full.Get(1)))
	var empty Board
	fmt.Println("empty board:")
	fmt.Println(empty.Get(4))
}
