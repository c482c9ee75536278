package main

import (
	"fmt"
	"strconv"
)

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval(map[string]float64) float64 { return float64(n) }
func (n Num) String() string                  { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                      { return string(v) }

func (b BinOp) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("unknown op " + string(b.Op))
}

func (b BinOp) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func countVars(e Expr) int {
	switch x := e.(type) {
	case Var:
		return 1
	case BinOp:
		return countVars(x.L) + countVars(x.R)
	}
	return 0
}

func main() {
	e := BinOp{'+', BinOp{'*', Num(2), Var("x")}, BinOp{'/', Var("y"), Num(4)}}
	fmt.Println(e)
	for _, env := range []map[string]float64{{"x": 1, "y": 2}, {"x": 10, "y": -8}, {}} {
		fmt.Println(env, "=>", e.Eval(env))
	}
	fmt.Println("vars:", countVars(e))
	fmt.Println(Num(0.1), Num(1e21), Var("z"))
}
