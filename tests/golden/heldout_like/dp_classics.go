package main

import (
	"fmt"
	"strings"
)

func editDistance(a, b string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
		dp[i][0] = i
	}
	for j := 0; j <= len(b); j++ {
		dp[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			dp[i][j] = min3(dp[i-1][j]+1, dp[i][j-1]+1, dp[i-1][j-1]+cost)
		}
	}
	return dp[len(a)][len(b)]
}

func min3(a, b, c int) int {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	var sb strings.Builder
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func coinChange(coins []int, amount int) (int, []int) {
	const inf = 1 << 30
	best := make([]int, amount+1)
	from := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		best[i] = inf
		for _, c := range coins {
			if c <= i && best[i-c]+1 < best[i] {
				best[i] = best[i-c] + 1
				from[i] = c
			}
		}
	}
	if best[amount] >= inf {
		return -1, nil
	}
	var used []int
	for a := amount; a > 0; a -= from[a] {
		used = append(used, from[a])
	}
	return best[amount], used
}

func knapsack(weights, values []int, cap int) int {
	dp := make([]int, cap+1)
	for i := range weights {
		for w := cap; w >= weights[i]; w-- {
			if v := dp[w-weights[i]] + values[i]; v > dp[w] {
				dp[w] = v
			}
		}
	}
	return dp[cap]
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"gopher", "gopher"}}
	for _, p := range pairs {
		fmt.Printf("edit(%q,%q)=%d lcs=%q\n", p[0], p[1], editDistance(p[0], p[1]), lcs(p[0], p[1]))
	}
	for _, amt := range []int{11, 3, 0, 27} {
		n, used := coinChange([]int{1, 5, 10, 25}, amt)
		fmt.Println(amt, n, used)
	}
	n, used := coinChange([]int{4, 6}, 7)
	fmt.Println(n, used, used == nil)
	fmt.Println(knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7))
}
