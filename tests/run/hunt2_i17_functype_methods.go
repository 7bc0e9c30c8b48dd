package main

import "fmt"

type Handler interface {
	Serve(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(r string) string { return f(r) }

type Middleware func(Handler) Handler

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r string) string {
			return prefix + "(" + next.Serve(r) + ")"
		})
	}
}

type Router struct {
	routes []string
	hs     []Handler
}

func (rt *Router) Handle(p string, h Handler) {
	rt.routes = append(rt.routes, p)
	rt.hs = append(rt.hs, h)
}

func (rt *Router) Serve(r string) string {
	for i, p := range rt.routes {
		if p == r {
			return rt.hs[i].Serve(r)
		}
	}
	return "404"
}

type Static string

func (s Static) Serve(string) string { return string(s) }

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	rt := &Router{}
	rt.Handle("/", Static("home"))
	hits := 0
	rt.Handle("/count", HandlerFunc(func(string) string {
		hits++
		return string(rune('0' + hits))
	}))
	var h Handler = chain(rt, logging("A"), logging("B"))
	for _, r := range []string{"/", "/count", "/count", "/x"} {
		fmt.Println(r, h.Serve(r))
	}
	if hf, ok := rt.hs[1].(HandlerFunc); ok {
		fmt.Println("func handler", hf("?"))
	}
	switch v := rt.hs[0].(type) {
	case Static:
		fmt.Println("static", string(v), v)
	}
	fmt.Println(hits)
}
