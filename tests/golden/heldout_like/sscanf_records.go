package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Age   int
	Score float64
}

const data = `alice 20 88.5
bob 22 91.25
carol x 70
dave 19
erin 21 79.0 extra
frank 23 65.75`

func main() {
	var students []Student
	for i, line := range strings.Split(data, "\n") {
		var s Student
		n, err := fmt.Sscanf(line, "%s %d %f", &s.Name, &s.Age, &s.Score)
		if err != nil {
			fmt.Printf("line %d: parsed %d fields: %v\n", i+1, n, err)
			continue
		}
		students = append(students, s)
	}
	sort.Slice(students, func(i, j int) bool { return students[i].Score > students[j].Score })
	for _, s := range students {
		fmt.Printf("%-6s %3d %6.2f\n", s.Name, s.Age, s.Score)
	}
	var h, m, sec int
	if _, err := fmt.Sscanf("12:34:56", "%d:%d:%d", &h, &m, &sec); err == nil {
		fmt.Println("seconds:", h*3600+m*60+sec)
	}
	var x, y int
	var op string
	for _, expr := range []string{"3 + 4", "10 * 5", "7 / 0", "8 ^ 2", "9"} {
		if n, err := fmt.Sscan(expr, &x, &op, &y); err != nil {
			fmt.Printf("%q: %d %v\n", expr, n, err)
			continue
		}
		switch op {
		case "+":
			fmt.Println(expr, "=", x+y)
		case "*":
			fmt.Println(expr, "=", x*y)
		case "/":
			if y == 0 {
				fmt.Println(expr, "= division by zero")
				continue
			}
			fmt.Println(expr, "=", x/y)
		default:
			fmt.Println(expr, ": unknown operator", op)
		}
	}
}
