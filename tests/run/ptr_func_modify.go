package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

func deposit(a *Account, amt int) {
	a.Balance += amt
	a.History = append(a.History, amt)
}

func depositCopy(a Account, amt int) Account {
	a.Balance += amt
	a.History = append(a.History, amt)
	return a
}

func divmod(a, b int, q, r *int) {
	*q = a / b
	*r = a % b
}

func fill(arr *[5]int, v int) {
	for i := range arr {
		arr[i] = v
	}
}

func fillCopy(arr [5]int, v int) [5]int {
	for i := range arr {
		arr[i] = v
	}
	return arr
}

func main() {
	acc := Account{Owner: "ann"}
	deposit(&acc, 10)
	deposit(&acc, 25)
	fmt.Println(acc)

	c := depositCopy(acc, 5)
	fmt.Println(acc.Balance, c.Balance, len(acc.History), len(c.History))

	var q, r int
	divmod(17, 5, &q, &r)
	fmt.Println(q, r)
	divmod(-17, 5, &q, &r)
	fmt.Println(q, r)

	var arr [5]int
	fill(&arr, 3)
	fmt.Println(arr)
	arr2 := fillCopy(arr, 9)
	fmt.Println(arr, arr2)

	pa := &acc
	pa2 := pa
	deposit(pa2, 100)
	fmt.Println(acc.Balance, pa.Balance, acc.History)
}
