package main

import "fmt"

type Kind int

const (
	Deposit Kind = iota
	Withdraw
	Transfer
)

type Tx struct {
	kind     Kind
	from, to int
	amount   int64
}

type Bank struct {
	accounts []Account
	log      []string
}

type Account struct {
	id      int
	owner   string
	balance int64
	history []int64
}

func (b *Bank) Open(owner string, initial int64) *Account {
	b.accounts = append(b.accounts, Account{id: len(b.accounts), owner: owner, balance: initial})
	return &b.accounts[len(b.accounts)-1]
}

func (a *Account) apply(delta int64) bool {
	if a.balance+delta < 0 {
		return false
	}
	a.balance += delta
	a.history = append(a.history, delta)
	return true
}

func (b *Bank) Do(t Tx) {
	ok := false
	switch t.kind {
	case Deposit:
		ok = b.accounts[t.to].apply(t.amount)
	case Withdraw:
		ok = b.accounts[t.from].apply(-t.amount)
	case Transfer:
		if b.accounts[t.from].apply(-t.amount) {
			ok = b.accounts[t.to].apply(t.amount)
		}
	}
	status := "ok"
	if !ok {
		status = "rejected"
	}
	b.log = append(b.log, status)
}

func main() {
	var b Bank
	b.Open("alice", 100)
	b.Open("bob", 50)
	b.Open("carol", 0)
	txs := []Tx{
		{Deposit, 0, 2, 25},
		{Withdraw, 1, 0, 80},
		{Transfer, 0, 1, 60},
		{kind: Transfer, from: 2, to: 0, amount: 30},
		{kind: Withdraw, from: 1, amount: 110},
	}
	for _, t := range txs {
		b.Do(t)
	}
	fmt.Println(b.log)
	var total int64
	for i := range b.accounts {
		a := &b.accounts[i]
		total += a.balance
		fmt.Println(a.id, a.owner, a.balance, a.history)
	}
	fmt.Println("total", total)
}
