package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second,
		90 * time.Second, 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -time.Minute, 36 * time.Hour}
	for _, d := range ds {
		fmt.Printf("%-14v %-14s %d\n", d, d.String(), int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Hour), d.Round(time.Minute), d.Truncate(time.Minute), d.Truncate(time.Hour))
	fmt.Println(time.Duration(1.5*float64(time.Second)), time.Second/3, time.Duration(2)*time.Minute)
	for _, s := range []string{"1h30m", "250ms", "-1.5s", "2h45m30.5s", "1us", "bogus"} {
		p, err := time.ParseDuration(s)
		fmt.Println(s, p, err)
	}
}
