package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02 15:04:05", "2023-07-04 09:08:07"},
		{time.RFC3339, "2023-11-14T22:13:20Z"},
		{time.RFC3339, "2023-11-14T22:13:20+00:00"},
		{time.RFC3339Nano, "2023-11-14T22:13:20.123456789Z"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)"},
		{"02/01/06", "31/12/99"},
		{"Monday, January 2 2006", "tuesday, MARCH 5 2024"},
		{"15:04:05", "23:59:59.5"},
		{"2006-01-02T15:04:05.000", "2021-06-01T12:00:00.250"},
		{"2006 002", "2024 060"},
		{time.Kitchen, "12:30AM"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "23-01-01"},
		{"2006-01-02", "2023-01-01 extra"},
		{"15:04", "25:00"},
		{"Jan 2 2006", "Foo 2 2006"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t, t.Unix(), t.Weekday(), t.Nanosecond())
	}
	t, _ := time.Parse("2006-01-02", "2024-03-10")
	u, _ := time.Parse("2006-01-02", "2024-01-01")
	fmt.Println(t.Sub(u).Hours()/24, t.After(u), t.Format("Jan 2"))
}
