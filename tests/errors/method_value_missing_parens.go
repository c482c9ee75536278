package main

import "fmt"

type Status struct{ code int }

func (s Status) String() string { return fmt.Sprint(s.code) }

func main() {
	st := Status{200}
	if st.String == "200" { // ERROR "invalid operation: st.String == \"200\" \(mismatched types"
		fmt.Println("ok")
	}
}
