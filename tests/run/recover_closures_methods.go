package main

import "fmt"

type Account struct {
	name    string
	balance int
	history []string
}

func (a *Account) Withdraw(n int) {
	defer func() { a.history = append(a.history, "withdraw attempt") }()
	if n > a.balance {
		panic(insufficient{a.name, n - a.balance})
	}
	a.balance -= n
}

type insufficient struct {
	who   string
	short int
}

func (e insufficient) Error() string { return e.who + " is short" }

type Runner interface{ Run(f func()) string }

type Guard struct{ label string }

func (g Guard) Run(f func()) (status string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(g.label, "guard recovered:", r)
			status = "failed"
		}
	}()
	f()
	return "ok"
}

func compose(fs ...func()) func() {
	return func() {
		for i, f := range fs {
			defer fmt.Println("compose defer", i)
			f()
		}
	}
}

func main() {
	acc := &Account{name: "alice", balance: 50}
	var g Runner = Guard{"G1"}
	fmt.Println(g.Run(func() { acc.Withdraw(20) }), acc.balance)
	fmt.Println(g.Run(func() { acc.Withdraw(100) }), acc.balance)
	w := acc.Withdraw
	fmt.Println(g.Run(func() { w(30) }), acc.balance)
	fmt.Println(g.Run(func() { w(1) }), acc.balance)
	fmt.Println("history", len(acc.history))

	counter := 0
	inc := func() { counter++ }
	boom := func() {
		counter += 100
		panic("boom from closure")
	}
	fmt.Println(Guard{"G2"}.Run(compose(inc, inc, boom, inc)), counter)

	run := Guard{"G3"}.Run
	fmt.Println(run(func() {
		func() {
			defer func() { counter *= 2 }()
			func() {
				var m map[string]int
				m["k"]++
			}()
		}()
	}), counter)

	nested := Guard{"outer"}
	fmt.Println(nested.Run(func() {
		fmt.Println("inner result:", Guard{"inner"}.Run(func() { panic("inner panic") }))
		panic("outer panic")
	}))
}
