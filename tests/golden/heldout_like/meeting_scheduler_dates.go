package main

import (
	"fmt"
	"sort"
	"time"
)

type Meeting struct {
	Title    string
	Start    time.Time
	Duration time.Duration
}

func (m Meeting) End() time.Time { return m.Start.Add(m.Duration) }

func (m Meeting) String() string {
	return fmt.Sprintf("%-10s %s - %s (%v)", m.Title, m.Start.Format("Mon Jan _2 15:04"), m.End().Format("15:04"), m.Duration)
}

func overlaps(a, b Meeting) bool {
	return a.Start.Before(b.End()) && b.Start.Before(a.End())
}

func main() {
	base := time.Date(2024, time.February, 26, 9, 0, 0, 0, time.UTC)
	meetings := []Meeting{
		{"standup", base, 15 * time.Minute},
		{"design", base.Add(2 * time.Hour), 90 * time.Minute},
		{"lunch", base.Add(3 * time.Hour), time.Hour},
		{"retro", base.AddDate(0, 0, 4).Add(7 * time.Hour), 45 * time.Minute},
		{"planning", base.AddDate(0, 0, 3), 2 * time.Hour},
		{"leap", time.Date(2024, 2, 29, 16, 30, 0, 0, time.UTC), 30 * time.Minute},
	}
	sort.Slice(meetings, func(i, j int) bool { return meetings[i].Start.Before(meetings[j].Start) })
	for _, m := range meetings {
		fmt.Println(m)
	}
	for i := 0; i < len(meetings); i++ {
		for j := i + 1; j < len(meetings); j++ {
			if overlaps(meetings[i], meetings[j]) {
				fmt.Printf("conflict: %s and %s\n", meetings[i].Title, meetings[j].Title)
			}
		}
	}
	byDay := map[time.Weekday]time.Duration{}
	for _, m := range meetings {
		byDay[m.Start.Weekday()] += m.Duration
	}
	for d := time.Monday; d <= time.Friday; d++ {
		fmt.Printf("%-9s %v\n", d, byDay[d])
	}
	last := meetings[len(meetings)-1]
	fmt.Println("span:", last.End().Sub(meetings[0].Start))
	next := base.AddDate(0, 1, 0)
	fmt.Println("next month:", next.Format("2006-01-02"), next.Weekday(), next.YearDay())
	deadline := time.Date(2024, 12, 31, 23, 59, 59, 0, time.UTC)
	fmt.Printf("days to deadline: %.0f\n", deadline.Sub(base).Hours()/24)
	fmt.Println(deadline.Format(time.RFC1123), deadline.Format("3:04PM"))
}
