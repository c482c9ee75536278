package main

import (
	"errors"
	"fmt"
)

type Celsius float64

type Stringer interface{ String() string }

type Temp struct{ deg int }

func (t Temp) String() string { return fmt.Sprintf("%d°", t.deg) }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(x))
	case float64:
		return fmt.Sprintf("float %g", x)
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprintf("slice of %d ints", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{
		nil, 7, int64(8), "hey", true, false, Celsius(21.5), 2.5,
		errors.New("bad"), Temp{30}, []int{1, 2}, func() int { return 9 },
		map[string]int{}, uint(3), &Temp{1},
	}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var x interface{} = 3
	switch x.(type) {
	case string:
		fmt.Println("string")
	default:
		fmt.Println("not a string")
	}
}
