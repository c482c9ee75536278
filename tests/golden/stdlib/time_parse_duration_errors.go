package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{
		"0", "-0", "+0", "1h", "1.5h", "-2m30s", "300ms", "1us", "1µs", "1μs", "2ns",
		".5s", "5.s", "1h2m3s4ms5us6ns", "0.000000001s", "1.0000000001s",
		"", "-", "x", "1", "1q", "1.2.3s", ".s", "-.s", "1h x", "3 s",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"2562047h", "2562048h", "99999999999999999999s", "1\x01s", "1é", "\"1\"s",
	}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%-24q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-24q %v %d\n", s, d, int64(d))
	}
	timeout, _ := time.ParseDuration("1m30s")
	fmt.Println(timeout.Seconds(), timeout.Minutes(), timeout > time.Minute)
}
