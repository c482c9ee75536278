package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8, int16, int32, int64:
		return fmt.Sprintf("signed %T %v", x, x)
	case uint, uint8, uint16:
		return fmt.Sprintf("unsigned %T", x)
	case float32, float64:
		return fmt.Sprintf("float %v", x)
	case Stringer:
		return "stringer " + x.String()
	case string:
		return "string len " + strconv.Itoa(len(x))
	case []int:
		return fmt.Sprint("slice sum ", sum(x))
	case map[string]int:
		return fmt.Sprint("map len ", len(x))
	case func() int:
		return fmt.Sprint("func returns ", x())
	case error:
		return "error " + x.Error()
	case chan int:
		return fmt.Sprint("chan cap ", cap(x))
	case *int:
		return fmt.Sprint("ptr to ", *x)
	case struct{ A int }:
		return fmt.Sprint("anon struct ", x.A)
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	n := 9
	vals := []interface{}{nil, 1, int8(-2), int64(3), uint8(4), uint(5), 2.5, float32(1.5), ID(7),
		"hello", []int{1, 2, 3}, map[string]int{"a": 1}, func() int { return 11 },
		fmt.Errorf("bad"), make(chan int, 4), &n, struct{ A int }{8}, [2]int{}, true, 'r', byte('b')}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s Stringer
	fmt.Println(classify(s))
	var p *int
	var ip interface{} = p
	fmt.Println(ip != nil)
}
