package main

import "fmt"

func parse(s string) (int, bool) {
	i, n := 0, 0
	neg := false
	if len(s) == 0 {
		goto fail
	}
	if s[0] == '-' {
		neg = true
		i++
	}
digits:
	if i >= len(s) {
		goto done
	}
	if s[i] < '0' || s[i] > '9' {
		goto fail
	}
	n = n*10 + int(s[i]-'0')
	i++
	goto digits
done:
	if neg {
		n = -n
	}
	return n, true
fail:
	return 0, false
}

func main() {
	for _, s := range []string{"123", "-45", "", "12a", "0", "-"} {
		n, ok := parse(s)
		fmt.Println(s, n, ok)
	}
	i := 0
	for {
		for {
			i++
			if i > 3 {
				goto out
			}
		}
	}
out:
	fmt.Println(i)
	{
		j := 0
	again:
		j++
		if j < 5 {
			goto again
		}
		fmt.Println(j)
	}
}
