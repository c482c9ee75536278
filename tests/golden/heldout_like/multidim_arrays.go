package main

import "fmt"

type Board [3][3]rune

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func (b *Board) Winner() rune {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != 0 && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return 0
}

func main() {
	var b Board
	moves := [][2]int{{1, 1}, {0, 0}, {2, 2}, {0, 2}, {0, 1}, {2, 1}, {1, 0}, {1, 2}, {2, 0}}
	player := 'X'
	for i, m := range moves {
		b[m[0]][m[1]] = player
		if w := b.Winner(); w != 0 {
			fmt.Printf("move %d: %c wins\n", i, w)
			break
		}
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Print(b)
	c := b
	c[0][0] = 'Z'
	fmt.Println(b[0][0] == 'Z', c[0][0] == 'Z', b == c)
	var cube [2][2][2]int
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				cube[i][j][k] = i*4 + j*2 + k
			}
		}
	}
	fmt.Println(cube, len(cube[1][1]))
	jag := make([][]int, 4)
	for i := range jag {
		jag[i] = make([]int, i+1)
		for j := range jag[i] {
			if j == 0 || j == i {
				jag[i][j] = 1
			} else {
				jag[i][j] = jag[i-1][j-1] + jag[i-1][j]
			}
		}
	}
	fmt.Println(jag)
	arr := [...]string{2: "c", 0: "a", 4: "e"}
	fmt.Printf("%q %d\n", arr, len(arr))
}
