package main

import (
	"fmt"
	"time"
)

func main() {
	delay := 100
	time.Sleep(delay * time.Millisecond) // ERROR "invalid operation: delay \* time.Millisecond \(mismatched"
	fmt.Println("awake")
}
