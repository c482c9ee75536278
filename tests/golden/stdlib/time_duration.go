package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Millisecond * 250,
		time.Second, 90 * time.Second, time.Hour + 30*time.Minute + 5*time.Second,
		-2 * time.Minute, 36 * time.Hour, 1<<63 - 1, 2*time.Second + 300*time.Millisecond,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Hour), d.Round(time.Minute))
	fmt.Printf("%v %d %s %.1f\n", time.Second, time.Second, 2*time.Millisecond, time.Duration(1500).Seconds()*1e6)
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	_, err = time.ParseDuration("abc")
	fmt.Println(err)
	fmt.Println(time.Duration(1e9)*2 == 2*time.Second, time.Minute > time.Second)
	timeout := 250 * time.Millisecond
	fmt.Printf("timeout=%v (%T)\n", timeout, timeout)
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Minute, time.Hour)
}
