package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	limit  int
	order  string
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(c string) *Query { q.wheres = append(q.wheres, c); return q }
func (q *Query) Limit(n int) *Query     { q.limit = n; return q }
func (q *Query) OrderBy(f string) *Query { q.order = f; return q }

func (q Query) String() string {
	var b strings.Builder
	b.WriteString("SELECT * FROM " + q.table)
	if len(q.wheres) > 0 {
		b.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		b.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String()
}

func main() {
	q := From("users").Where("age > 18").Where("active").OrderBy("name").Limit(10)
	fmt.Println(q)
	fmt.Println(*From("logs"))
	fmt.Printf("%v|%s\n", From("t").Limit(1), From("u").Where("x"))
}
