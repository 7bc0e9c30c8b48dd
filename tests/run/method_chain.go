package main

import "fmt"

type Builder struct {
	parts []string
	n     int
}

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	b.n += len(s)
	return b
}

func (b *Builder) String2() string {
	out := ""
	for i, p := range b.parts {
		if i > 0 {
			out += ","
		}
		out += p
	}
	return out
}

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec   { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k int) Vec { return Vec{v.X * k, v.Y * k} }
func (v *Vec) Move(dx, dy int) *Vec {
	v.X += dx
	v.Y += dy
	return v
}

func main() {
	var b Builder
	b.Add("a").Add("bb").Add("ccc")
	fmt.Println(b.String2(), b.n, len(b.parts))

	pb := &Builder{}
	pb.Add("x").Add("y")
	fmt.Println(pb.String2(), pb.n)

	v := Vec{1, 2}
	w := v.Add(Vec{3, 4}).Scale(2).Add(v)
	fmt.Println(v, w)

	v.Move(1, 1).Move(2, 2).Move(-10, 0)
	fmt.Println(v)

	p := v.Move(0, 0)
	p.X = 500
	fmt.Println(v, *p)

	vs := []Vec{{0, 0}, {1, 1}}
	vs[1].Move(5, 5).Move(1, 1)
	fmt.Println(vs, vs[1].Scale(3))
}
