package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", "0x1f", "abc", "", "99999999999999999999", " 5", "3.0", "+8"}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	_, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	}
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err)
	_, err = strconv.ParseFloat("x1.5", 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
}
