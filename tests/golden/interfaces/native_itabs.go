package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func emit(w io.Writer, s string) {
	n, err := w.Write([]byte(s))
	if err != nil || n != len(s) {
		fmt.Println("short write")
	}
}

func main() {
	err := errors.New("plain failure")
	fmt.Println(err.Error())
	_, err = strconv.Atoi("12a")
	fmt.Println(err.Error())
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err.Error())
	err = fmt.Errorf("wrapped %d: %s", 7, "detail")
	fmt.Println(err.Error())
	var e2 error = err
	fmt.Println(e2 == err, e2.Error() == err.Error())

	var w io.Writer = os.Stdout
	emit(w, "to stdout\n")
	var sb strings.Builder
	w = &sb
	emit(w, "into ")
	emit(w, "a builder")
	fmt.Println(sb.String(), sb.Len())
	c := &counter{}
	w = c
	emit(w, "12345")
	fmt.Println(c.n)
	u := upper{os.Stdout}
	emit(u, "shouting\n")
	u2 := upper{&sb}
	emit(u2, "!x")
	fmt.Println(sb.String())

	if f, ok := w.(*counter); ok {
		fmt.Println("counter", f.n)
	}
	if _, ok := interface{}(os.Stdout).(io.Writer); ok {
		fmt.Println("*os.File is a Writer")
	}
	var any1 interface{} = &sb
	if w2, ok := any1.(io.Writer); ok {
		emit(w2, "?")
		fmt.Println(sb.String())
	}
}
