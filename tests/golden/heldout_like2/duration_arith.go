package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		999,
		1500 * time.Nanosecond,
		time.Microsecond * 2500,
		time.Millisecond,
		1234 * time.Millisecond,
		time.Second * 90,
		time.Hour + 30*time.Minute + 15*time.Second,
		-2 * time.Minute,
		100 * time.Hour,
	}
	for _, d := range ds {
		fmt.Printf("%-14v %d\n", d, int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds())
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Minute), d.Round(time.Hour))
	fmt.Println(d.String(), time.Duration(1<<63-1))
	fmt.Printf("%T %v %s %d\n", d, d/2, d%time.Hour, d/time.Second)
	timeout := 5 * time.Second
	fmt.Println(timeout*2, timeout/3, time.Duration(2.5*float64(time.Second)))
	n := 3
	fmt.Println(time.Duration(n) * time.Millisecond)
	fmt.Println(time.Duration(-1<<63), (-d).Abs())
}
