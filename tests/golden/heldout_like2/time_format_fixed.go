package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 9, 14, 5, 7, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.Kitchen))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"))
	fmt.Println(t.Format("Mon Jan _2 3:04PM 2006"))
	fmt.Println(t.Format("02/01/06"))
	fmt.Println(t.Format(time.ANSIC))
	fmt.Println(t.Format(time.RFC1123))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())
	fmt.Println(t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u.Format("Monday 2006-01-02 15:04"))
	fmt.Println(u.Sub(t), u.After(t), u.Before(t), t.Equal(t))
	v := t.AddDate(0, 1, 25)
	fmt.Println(v.Format("2006-01-02"))
	w := time.Date(2024, 2, 30, 25, 0, 0, 0, time.UTC)
	fmt.Println(w)
	y, wk := t.ISOWeek()
	fmt.Println(y, wk)
	fmt.Println(t.Truncate(time.Hour).Format(time.Stamp))
	fmt.Println(t.Unix(), t.UnixMilli())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Year())
	p, err := time.Parse("2006-01-02", "2020-12-31")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2020-13-01")
	fmt.Println(err)
}
