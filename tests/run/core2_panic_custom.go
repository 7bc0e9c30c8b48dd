package main

import "fmt"

type Account struct{ balance int }

func (a *Account) Withdraw(n int) {
	if n > a.balance {
		panic("insufficient funds: " + "want more")
	}
	a.balance -= n
}

func main() {
	a := &Account{100}
	a.Withdraw(30)
	fmt.Println(a.balance)
	a.Withdraw(100)
	fmt.Println("unreachable")
}
