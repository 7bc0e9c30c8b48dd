package main

import "fmt"

func lcs(a, b string) (int, string) {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var out []byte
	i, j := len(a), len(b)
	for i > 0 && j > 0 {
		switch {
		case a[i-1] == b[j-1]:
			out = append([]byte{a[i-1]}, out...)
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	return dp[len(a)][len(b)], string(out)
}

type Item struct {
	W, V int
}

func knapsack(items []Item, cap int) int {
	best := make([]int, cap+1)
	for _, it := range items {
		for c := cap; c >= it.W; c-- {
			best[c] = max(best[c], best[c-it.W]+it.V)
		}
	}
	return best[cap]
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func coinWays(coins []int, amount int) uint64 {
	ways := make([]uint64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	fmt.Println(lcs("AGGTAB", "GXTXAYB"))
	fmt.Println(lcs("", "abc"))
	fmt.Println(knapsack([]Item{{1, 1}, {3, 4}, {4, 5}, {5, 7}}, 7))
	fmt.Println(editDistance("kitten", "sitting"), editDistance("", "abc"), editDistance("flaw", "lawn"))
	fmt.Println(coinWays([]int{1, 2, 5, 10, 20, 50, 100, 200}, 200))
	fmt.Println(coinWays([]int{1, 5, 10, 25, 50}, 1000))
}
