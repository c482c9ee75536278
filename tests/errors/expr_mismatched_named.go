package main

import (
	"fmt"
	"time"
)

func main() {
	timeout := 5
	d := time.Second * timeout // ERROR "invalid operation: time.Second \* timeout \(mismatched types"
	fmt.Println(d)
}
