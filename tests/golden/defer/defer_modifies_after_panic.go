package main

import "fmt"

type Tx struct {
	ops       []string
	committed bool
}

func (t *Tx) Exec(op string) {
	if op == "bad" {
		panic("cannot execute " + op)
	}
	t.ops = append(t.ops, op)
}

func runTx(ops []string) (tx *Tx, err error) {
	tx = &Tx{}
	defer func() {
		if r := recover(); r != nil {
			tx.ops = nil
			err = fmt.Errorf("rolled back: %v", r)
			return
		}
		tx.committed = true
	}()
	for _, op := range ops {
		tx.Exec(op)
	}
	return tx, nil
}

func main() {
	tx, err := runTx([]string{"insert", "update"})
	fmt.Println(tx.ops, tx.committed, err)
	tx, err = runTx([]string{"insert", "bad", "update"})
	fmt.Println(tx.ops, tx.committed, err)
}
