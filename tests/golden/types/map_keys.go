package main

import (
	"fmt"
	"math"
)

type Coord struct{ X, Y int }

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	grid := map[Coord]string{}
	grid[Coord{0, 0}] = "origin"
	grid[Coord{1, 2}] = "point"
	fmt.Println(grid[Coord{1, 2}], len(grid))
	fmt.Println(grid)
	arrKeys := map[[2]string]int{{"a", "b"}: 1}
	arrKeys[[2]string{"a", "b"}] += 10
	fmt.Println(arrKeys)
	ifaceKeys := map[interface{}]string{}
	ifaceKeys[1] = "int one"
	ifaceKeys[int64(1)] = "int64 one"
	ifaceKeys["1"] = "string one"
	ifaceKeys[Coord{1, 1}] = "coord"
	fmt.Println(len(ifaceKeys), ifaceKeys[1], ifaceKeys[int64(1)], ifaceKeys[Coord{1, 1}])
	shapes := map[Shape]int{Square{2}: 1}
	shapes[Square{2}]++
	fmt.Println(shapes[Square{2}])
	nan := math.NaN()
	nanMap := map[float64]int{}
	nanMap[nan] = 1
	nanMap[nan] = 2
	fmt.Println(len(nanMap))
	_, found := nanMap[nan]
	fmt.Println(found)
	boolKeys := map[bool]int{true: 1, false: 0}
	fmt.Println(boolKeys)
	ptrKeys := map[*Coord]int{}
	c1, c2 := &Coord{}, &Coord{}
	ptrKeys[c1] = 1
	ptrKeys[c2] = 2
	fmt.Println(len(ptrKeys), ptrKeys[c1])
	negz := math.Copysign(0, -1)
	zm := map[float64]string{0: "zero"}
	fmt.Println(zm[negz])
}
