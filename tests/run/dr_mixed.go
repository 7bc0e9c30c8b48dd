package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Named struct{ name string }

func (n Named) Name() string { return n.name }

type Dog struct {
	Named
	barks int
}

func (d *Dog) Sound() string { d.barks++; return "woof" }

type Cat struct{ Named }

func (c Cat) Sound() string { return "meow" }

type Big struct {
	arr [8]int
	s   string
	m   map[string]int
}

func process(b Big, hooks ...func(Big) Big) (out Big, log []string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			log = append(log, "clean")
		case string:
			log = append(log, "str:"+v)
			out.s = "recovered-" + v
		case error:
			log = append(log, "err:"+v.Error())
			out.arr[0] = -1
		case Animal:
			log = append(log, "animal:"+v.Name()+":"+v.Sound())
		default:
			log = append(log, "other")
			panic(r)
		}
	}()
	defer func(snapshot Big) {
		log = append(log, "snapshot "+snapshot.s)
		snapshot.arr[1] = 1000
		out.m["snap"] = snapshot.arr[1]
	}(b)
	out = b
	for i, h := range hooks {
		out = h(out)
		out.arr[i%8] += i
		log = append(log, "hook")
	}
	return
}

func main() {
	b := Big{s: "base", m: map[string]int{}}
	b.arr[3] = 3
	hooks := []func(Big) Big{
		func(x Big) Big { x.s += "+1"; x.arr[7] = 7; return x },
		func(x Big) Big { x.m["h2"] = len(x.s); return x },
	}
	o, l := process(b, hooks...)
	fmt.Println(o.arr, o.s, o.m, l)
	fmt.Println(b.arr, b.s, b.m)

	o, l = process(b, append(hooks, func(x Big) Big { panic("stop") })...)
	fmt.Println(o.arr, o.s, len(o.m), l)

	o, l = process(b, func(x Big) Big { var z []int; x.arr[0] = z[1]; return x })
	fmt.Println(o.arr, o.s, l)

	d := &Dog{Named{"rex"}, 0}
	o, l = process(b, func(x Big) Big { panic(Animal(d)) })
	fmt.Println(l, d.barks)
	o, l = process(b, func(x Big) Big { panic(Cat{Named{"tom"}}) })
	fmt.Println(l)

	func() {
		defer func() {
			fmt.Println("outer got", recover())
		}()
		process(b, func(x Big) Big { panic(3.5) })
	}()

	animals := []Animal{d, Cat{Named{"kit"}}, &Dog{Named: Named{"fido"}}}
	counts := map[string]int{}
	for round := 0; round < 3; round++ {
		for i, a := range animals {
			func() {
				defer func() {
					if r := recover(); r != nil {
						counts[a.Name()]++
						fmt.Println("round", round, "idx", i, "recovered", r)
					}
				}()
				defer func() {
					if dd, ok := a.(*Dog); ok && dd.barks%2 == 0 {
						panic(dd.name + " even")
					}
				}()
				fmt.Println(a.Name(), a.Sound())
			}()
		}
	}
	fmt.Println(counts, d.barks)
}
