package main

import "fmt"

type Account struct {
	Balance int
	History []int
}

type Bank struct {
	accounts []Account
	hooks    []func(*Account)
}

func (b *Bank) OnChange(f func(*Account)) { b.hooks = append(b.hooks, f) }

func (b *Bank) Deposit(i, amt int) {
	a := &b.accounts[i]
	a.Balance += amt
	a.History = append(a.History, amt)
	for _, h := range b.hooks {
		h(a)
	}
}

func main() {
	b := &Bank{accounts: make([]Account, 3)}
	total := 0
	b.OnChange(func(a *Account) { total += a.Balance })
	calls := 0
	b.OnChange(func(*Account) { calls++ })
	b.Deposit(0, 10)
	b.Deposit(1, 20)
	b.Deposit(0, 5)
	fmt.Println(total, calls, b.accounts)
	snapshot := b.accounts[0]
	show := func() { fmt.Println(snapshot.Balance, len(snapshot.History)) }
	b.Deposit(0, 100)
	show()
	snapshot = b.accounts[0]
	show()
	dep := b.Deposit
	dep(2, 7)
	fmt.Println(b.accounts[2], calls)
}
