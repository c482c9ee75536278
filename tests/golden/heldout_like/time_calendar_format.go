package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 15, 10, 30, 0, 0, time.UTC)
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Weekday(), t.YearDay(), t.Add(36*time.Hour).Format(time.RFC3339))
	fmt.Println(t)
	layouts := []string{time.ANSIC, time.UnixDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, "Jan _2 06 3:4:5 pm", "2006-01-02T15:04:05.000Z07:00", "Monday, January 2", "__2 002 .999 ,000"}
	t2 := time.Date(2024, 2, 29, 23, 5, 9, 120000000, time.UTC)
	for _, l := range layouts {
		fmt.Println(t2.Format(l))
	}
	fmt.Println(t2)
	n := time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC)
	fmt.Println(n)
	fmt.Println(time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 2, 1))
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 0).UTC().Format(time.RFC1123))
	for d := time.Sunday; d <= time.Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println(time.Month(13), time.Weekday(9), time.December)
	fmt.Printf("%v %d %s\n", time.May, time.May, time.Friday)
	fmt.Println(t2.Sub(t), t.Before(t2), t2.After(t), t.Equal(t))
	birth := time.Date(1990, time.July, 4, 0, 0, 0, 0, time.UTC)
	now := time.Date(2024, time.July, 3, 0, 0, 0, 0, time.UTC)
	age := now.Year() - birth.Year()
	if now.YearDay() < birth.YearDay() {
		age--
	}
	fmt.Println("age", age, int(now.Sub(birth).Hours()/24), "days")
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Time{}, time.Time{}.IsZero())
	fmt.Println(time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC).Format("2006-01-02 Mon"))
}
