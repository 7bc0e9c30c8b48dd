package main

import "fmt"

// A resumable scanner for numbers like 12.5e-3: the state to resume in is
// a parameter, so the goto-built state machine is entered at any state,
// which makes its loops irreducible.
const (
	sStart = iota
	sInt
	sFrac
	sExp
	sExpDigits
)

func scan(s string, state int) (int, int, bool) {
	i := 0
	var c byte
	switch state {
	case sInt:
		goto Int
	case sFrac:
		goto Frac
	case sExp:
		goto Exp
	case sExpDigits:
		goto ExpDigits
	}
	// sStart
	if i >= len(s) {
		return sStart, i, false
	}
	c = s[i]
	i++
	if c < '0' || c > '9' {
		return sStart, i, false
	}
Int:
	if i >= len(s) {
		return sInt, i, true
	}
	c = s[i]
	i++
	if c >= '0' && c <= '9' {
		goto Int
	}
	if c == 'e' {
		goto Exp
	}
	if c != '.' {
		return sInt, i, false
	}
Frac:
	if i >= len(s) {
		return sFrac, i, true
	}
	c = s[i]
	i++
	if c >= '0' && c <= '9' {
		goto Frac
	}
	if c != 'e' {
		return sFrac, i, false
	}
Exp:
	if i >= len(s) {
		return sExp, i, false
	}
	c = s[i]
	i++
	if c == '-' || c == '+' {
		goto Exp
	}
	if c < '0' || c > '9' {
		return sExp, i, false
	}
ExpDigits:
	if i >= len(s) {
		return sExpDigits, i, true
	}
	c = s[i]
	i++
	if c >= '0' && c <= '9' {
		goto ExpDigits
	}
	if c == '.' {
		// Nonsense on purpose: back into the fraction, from below.
		goto Frac
	}
	return sExpDigits, i, false
}

// A vending machine whose state survives across calls: the goto machine
// is re-entered in the middle.
type machine struct {
	state  int
	credit int
	log    []string
}

func (m *machine) feed(coins []int) {
	k := 0
	switch m.state {
	case 1:
		goto HasCredit
	case 2:
		goto Vend
	}
Idle:
	if k == len(coins) {
		m.state = 0
		return
	}
	m.credit += coins[k]
	k++
	m.log = append(m.log, "coin")
HasCredit:
	if m.credit < 3 {
		if k == len(coins) {
			m.state = 1
			return
		}
		m.credit += coins[k]
		k++
		m.log = append(m.log, "more")
		goto HasCredit
	}
Vend:
	if k == len(coins) && m.credit < 5 {
		m.state = 2
		m.log = append(m.log, "wait")
		return
	}
	m.credit -= 3
	m.log = append(m.log, "vend")
	if m.credit > 0 {
		goto HasCredit
	}
	goto Idle
}

// Collatz-like ping-pong between two labels, entered at either one.
func pingPong(n int, odd bool) (steps int, trace string) {
	if odd {
		goto Odd
	}
Even:
	trace += "e"
	steps++
	if n == 1 || steps > 50 {
		return
	}
	if n%2 == 0 {
		n /= 2
		goto Even
	}
Odd:
	trace += "o"
	steps++
	n = 3*n + 1
	if n%2 == 1 {
		goto Odd
	}
	goto Even
}

func main() {
	inputs := []string{"", "7", "12.5", "12.5e-3", "1e+9x", "3.x", "9e", "4e2.7", "..", "0.000"}
	for _, in := range inputs {
		for st := sStart; st <= sExpDigits; st++ {
			end, n, ok := scan(in, st)
			fmt.Print(end, n, ok, " ")
		}
		fmt.Println(in)
	}
	m := &machine{}
	for _, coins := range [][]int{{1}, {1}, {2, 2}, {}, {5, 1}, {1, 1, 1, 1}, {4}} {
		m.feed(coins)
		fmt.Println(m.state, m.credit, m.log)
	}
	for n := 1; n <= 9; n++ {
		s1, t1 := pingPong(n, false)
		s2, t2 := pingPong(n, true)
		fmt.Println(n, s1, t1, s2, t2)
	}
}
