package main

import "fmt"

type QuotaError struct {
	User  string
	Limit int
}

func (q QuotaError) Error() string {
	return fmt.Sprintf("user %s exceeded quota of %d", q.User, q.Limit)
}

func main() {
	usage := map[string]int{"ann": 3, "bob": 12}
	results := make(chan string)
	next := make(chan bool)
	go func() {
		for _, u := range []string{"ann", "bob"} {
			<-next // main has printed everything before this point
			if usage[u] > 10 {
				panic(QuotaError{u, 10})
			}
			results <- u + " ok"
		}
	}()
	next <- true
	fmt.Println(<-results)
	next <- true
	fmt.Println(<-results)
}
