package main

import (
	"errors"
	"fmt"
)

type Boom struct{ msg string }

func (b Boom) String() string { panic(b.msg) }

type Index int

func (i Index) String() string {
	a := []int{1, 2, 3}
	return fmt.Sprint(a[int(i)])
}

type ErrBoom struct{}

func (ErrBoom) Error() string { panic(fmt.Errorf("wrapped %d", 7)) }

type NilBoom struct{}

func (NilBoom) String() string { panic(nil) }

type ValueBoom int

func (v ValueBoom) String() string { panic(errors.New("error value " + fmt.Sprint(int(v)))) }

type Recovering int

func (r Recovering) String() (s string) {
	defer func() {
		if e := recover(); e != nil {
			s = fmt.Sprint("recovered: ", e)
		}
	}()
	panic("inner")
}

func main() {
	fmt.Println(Boom{"boom"})
	fmt.Printf("%s|%d|%x|%5v|\n", Boom{"b1"}, Boom{"b2"}, Boom{"b3"}, Boom{"b4"})
	fmt.Println(Index(1), Index(5))
	fmt.Println([]Index{0, 9}, map[string]Index{"k": 4})
	fmt.Println(ErrBoom{}, NilBoom{}, ValueBoom(3))
	fmt.Println(Recovering(1))
	s := fmt.Sprintf("%v and %v", Boom{"in sprintf"}, Index(2))
	fmt.Println(s, len(s))
	err := fmt.Errorf("err: %v", Boom{"in errorf"})
	fmt.Println(err)
	fmt.Println("after the panics")
	defer fmt.Println("deferred print still runs")
	var b Boom
	fmt.Println(b.String())
}
