package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack) Len() int { return len(s.items) }

type Queue struct {
	buf        []string
	head, size int
}

func NewQueue(n int) *Queue { return &Queue{buf: make([]string, n)} }

func (q *Queue) Push(s string) {
	if q.size == len(q.buf) {
		nb := make([]string, 2*len(q.buf)+1)
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf = nb
		q.head = 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = s
	q.size++
}

func (q *Queue) Pop() string {
	s := q.buf[q.head]
	q.buf[q.head] = ""
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return s
}

func evalRPN(tokens []string) int {
	var st Stack
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, _ := st.Pop()
			a, _ := st.Pop()
			switch t[0] {
			case '+':
				st.Push(a + b)
			case '-':
				st.Push(a - b)
			case '*':
				st.Push(a * b)
			case '/':
				st.Push(a / b)
			}
		default:
			n := 0
			neg := false
			for i := 0; i < len(t); i++ {
				if t[i] == '-' {
					neg = true
					continue
				}
				n = n*10 + int(t[i]-'0')
			}
			if neg {
				n = -n
			}
			st.Push(n)
		}
	}
	v, _ := st.Pop()
	return v
}

func main() {
	var s Stack
	for i := range 5 {
		s.Push(i * i)
	}
	fmt.Println(s.Len(), s.items)
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	q := NewQueue(1)
	for _, w := range []string{"a", "b", "c"} {
		q.Push(w)
	}
	fmt.Println(q.Pop())
	q.Push("d")
	q.Push("e")
	for q.size > 0 {
		fmt.Print(q.Pop(), ";")
	}
	fmt.Println(len(q.buf))
	fmt.Println(evalRPN([]string{"3", "4", "+", "2", "*", "-7", "/"}))
	fmt.Println(evalRPN([]string{"15", "7", "1", "1", "+", "-", "/", "3", "*", "2", "1", "1", "+", "+", "-"}))
}
