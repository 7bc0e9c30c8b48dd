package main

import "fmt"

type Stack struct {
	data []int
}

func (s *Stack) Push(v int) { s.data = append(s.data, v) }
func (s *Stack) Pop() int {
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}
func (s *Stack) Empty() bool { return len(s.data) == 0 }

// evaluate a postfix expression given as tokens
func eval(tokens []string) int {
	var st Stack
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b := st.Pop()
			a := st.Pop()
			switch t {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			}
		default:
			n := 0
			for i := 0; i < len(t); i++ {
				n = n*10 + int(t[i]-'0')
			}
			st.Push(n)
		}
	}
	return st.Pop()
}

func main() {
	var s Stack
	for i := 0; i < 6; i++ {
		s.Push(i * i)
	}
	for !s.Empty() {
		fmt.Print(s.Pop(), " ")
	}
	fmt.Println()

	fmt.Println(eval([]string{"3", "4", "+", "2", "*"}))
	fmt.Println(eval([]string{"100", "7", "/", "3", "-", "12", "*"}))

	// queue with head index; BFS over a small implicit graph
	queue := []int{1}
	seen := make([]bool, 64)
	seen[1] = true
	order := []int{}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range []int{n * 2, n*3 + 1} {
			if m < 64 && !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	fmt.Println(order, len(order))

	// balanced brackets
	tests := []string{"([]{})", "([)]", "((", "", "{[()()]}"}
	for _, t := range tests {
		var st []byte
		ok := true
		for i := 0; i < len(t); i++ {
			c := t[i]
			if c == '(' || c == '[' || c == '{' {
				st = append(st, c)
				continue
			}
			if len(st) == 0 {
				ok = false
				break
			}
			top := st[len(st)-1]
			st = st[:len(st)-1]
			if (c == ')' && top != '(') || (c == ']' && top != '[') || (c == '}' && top != '{') {
				ok = false
				break
			}
		}
		fmt.Println(t, ok && len(st) == 0)
	}
}
