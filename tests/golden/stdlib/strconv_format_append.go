package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(math.MaxUint64, 10), strconv.Itoa(-0))
	for _, f := range []float64{3.14159, 1e21, 0.000001234, 100, -2.5} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 32))
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatFloat(math.Inf(-1), 'f', 2, 64))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q\"t")
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, false)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 1.5, 'g', -1, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 7, 2)
	fmt.Println(string(buf))
}
