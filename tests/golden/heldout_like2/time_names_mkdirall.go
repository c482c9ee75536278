package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	fmt.Println(time.March.String(), time.Monday.String(), time.Month(13).String(), time.Weekday(9).String())
	t := time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.Month().String()+"!", t.Weekday().String())
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	for _, d := range []time.Time{time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC), time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC)} {
		fmt.Println(d.ISOWeek())
	}
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	dir := os.TempDir() + "/c2probe_mk"
	os.RemoveAll(dir)
	fmt.Println(os.MkdirAll(dir+"/a/b/c", 0755), os.MkdirAll(dir+"/a/b", 0755))
	os.WriteFile(dir+"/f", []byte("x"), 0644)
	fmt.Println(os.MkdirAll(dir+"/f/g", 0755))
	os.RemoveAll(dir)
}
