package main

import (
	"errors"
	"fmt"
)

type TxError struct {
	ID     int
	Reason string
}

func (e *TxError) Error() string { return fmt.Sprintf("tx %d failed: %s", e.ID, e.Reason) }

func process(id int) {
	if id == 3 {
		panic(&TxError{id, "insufficient balance"})
	}
	fmt.Println("processed", id)
}

func main() {
	defer fmt.Println("main deferred")
	func() {
		defer func() {
			if r := recover(); r != nil {
				err := r.(error)
				var te *TxError
				fmt.Println("recovered:", err, errors.As(err, &te), te.ID)
			}
		}()
		for i := 1; i <= 5; i++ {
			process(i)
		}
	}()
	process(3)
}
