package main

import "fmt"

type Job struct {
	id  int
	div int
	idx int
}

var data = []int{10, 20, 30}

func run(j Job) (out int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = jobErr{j.id, r}
		}
	}()
	out = data[j.idx] / j.div
	return out, nil
}

type jobErr struct {
	id int
	r  any
}

func (e jobErr) Error() string {
	msg := "?"
	switch v := e.r.(type) {
	case error:
		msg = v.Error()
	case string:
		msg = v
	}
	return "job failed: " + msg
}

func safe(f func() int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return f(), true
}

func main() {
	jobs := []Job{{1, 1, 0}, {2, 0, 1}, {3, 2, 5}, {4, 5, 2}, {5, 0, 9}, {6, 3, 1}}
	okCount, failCount := 0, 0
	for _, j := range jobs {
		out, err := run(j)
		if err != nil {
			failCount++
			fmt.Println("job", j.id, "error:", err)
			continue
		}
		okCount++
		fmt.Println("job", j.id, "ok:", out)
	}
	fmt.Println("ok", okCount, "failed", failCount)

	total := 0
	for i := -3; i <= 3; i++ {
		v, ok := safe(func() int {
			if i == 2 {
				panic("two is forbidden")
			}
			return 12 / i
		})
		fmt.Println("i =", i, "v =", v, "ok =", ok)
		if !ok {
			continue
		}
		total += v
	}
	fmt.Println("total", total)

	attempts := 0
	for {
		attempts++
		_, ok := safe(func() int {
			if attempts < 4 {
				panic(attempts)
			}
			return attempts
		})
		if ok {
			break
		}
	}
	fmt.Println("succeeded after", attempts, "attempts")
}
