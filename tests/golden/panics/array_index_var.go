package main

import "fmt"

type Board [8][8]byte

func (b *Board) Place(row, col int) {
	b[row][col] = 'X'
}

func main() {
	var board Board
	moves := [][2]int{{0, 0}, {7, 7}, {3, 8}}
	for _, m := range moves {
		board.Place(m[0], m[1])
		fmt.Println("placed at", m)
	}
}
