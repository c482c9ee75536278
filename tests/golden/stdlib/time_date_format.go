package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.December, 31, 23, 59, 58, 123456789, time.UTC)
	layouts := []string{
		time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.Layout,
		"2006-01-02", "02/01/06 3:04:05 pm", "Monday, January 2", "Jan _2 __2 002",
		"15h04m05s.000", "2006.01.02 15:04:05,999", "-07:00:00 Z07:00:00 -0700 Z07",
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s)

	next := t.Add(2 * time.Second)
	fmt.Println(next, next.Year(), next.YearDay())
	fmt.Println(t.AddDate(0, 2, 0).Format("2006-01-02"), t.AddDate(1, -12, -30).Format("2006-01-02"))
	leap := time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0).Format("Jan 2 2006"), leap.Weekday(), leap.YearDay())
	norm := time.Date(2023, 14, 35, 25, 61, 61, 0, time.UTC)
	fmt.Println(norm)
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Second), t.Truncate(24*time.Hour).Format(time.RFC3339))
	u := time.Unix(1700000000, 5).UTC()
	fmt.Println(u, u.Unix(), u.Location(), t.Location())
	fmt.Println(leap.Sub(t), t.Before(leap), leap.Equal(leap.UTC()))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Date(1969, 7, 20, 20, 17, 0, 0, time.UTC).Unix())
	days := leap.Sub(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	fmt.Printf("%.1f %v\n", days, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Weekday())
}
