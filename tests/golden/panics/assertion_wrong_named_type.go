package main

import "fmt"

type UserID int
type OrderID int

func main() {
	ids := []interface{}{UserID(1), UserID(2), OrderID(3)}
	total := 0
	for _, v := range ids {
		total += int(v.(UserID))
		fmt.Println("total", total)
	}
}
