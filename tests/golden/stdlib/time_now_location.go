package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Now()
	fmt.Println(t.Location(), t.Add(time.Hour).Location(), t.UTC().Location(), time.Local, time.UTC)
	fmt.Println(t.Sub(t.Add(-time.Minute)), t.Year() >= 2023, t.Format("2006") == fmt.Sprint(t.Year()))
}
