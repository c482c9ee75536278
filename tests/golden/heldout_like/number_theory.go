package main

import (
	"fmt"
	"strconv"
	"strings"
)

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func bigFactorial(n int) string {
	digits := []int{1}
	for i := 2; i <= n; i++ {
		carry := 0
		for j := range digits {
			v := digits[j]*i + carry
			digits[j] = v % 10
			carry = v / 10
		}
		for carry > 0 {
			digits = append(digits, carry%10)
			carry /= 10
		}
	}
	var sb strings.Builder
	for i := len(digits) - 1; i >= 0; i-- {
		sb.WriteByte(byte('0' + digits[i]))
	}
	return sb.String()
}

func toBase(n, base int) string {
	if n == 0 {
		return "0"
	}
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	neg := n < 0
	if neg {
		n = -n
	}
	var out []byte
	for n > 0 {
		out = append([]byte{digits[n%base]}, out...)
		n /= base
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), lcm(4, 6), lcm(21, 6))
	for _, n := range []int{360, 97, 1001, 1 << 10, 600851475143} {
		fmt.Println(n, factorize(n))
	}
	fmt.Println(bigFactorial(30))
	fmt.Println(len(bigFactorial(100)))
	for _, n := range []int{255, -42, 0, 123456789} {
		fmt.Println(toBase(n, 2), toBase(n, 16), toBase(n, 36), strconv.FormatInt(int64(n), 36))
	}
	best, arg := 0, 0
	for i := 1; i < 10000; i++ {
		if s := collatz(i); s > best {
			best, arg = s, i
		}
	}
	fmt.Println("longest collatz below 10000:", arg, best)
	perfect := []int{}
	for n := 2; n < 10000; n++ {
		sum := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				sum += d
				if d*d != n {
					sum += n / d
				}
			}
		}
		if sum == n {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect:", perfect)
}
