package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Ci struct{ R float64 }

func (s Sq) Area() float64  { return s.S * s.S }
func (c *Ci) Area() float64 { return 3.14 * c.R * c.R }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case map[string]int:
		return fmt.Sprintf("map len %d", len(x))
	case func() int:
		return fmt.Sprintf("func returning %d", x())
	case *Ci:
		return fmt.Sprintf("circle ptr r=%v", x.R)
	case Shape:
		return fmt.Sprintf("shape area %.2f", x.Area())
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 3, int64(4), "abc", []int{1, 2}, map[string]int{"a": 1},
		func() int { return 9 }, &Ci{2}, Sq{3}, fmt.Errorf("e"), 2.5, Ci{1}, true}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
}
