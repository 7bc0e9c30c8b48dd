package main

import (
	"bytes"
	"fmt"
)

func state(b *bytes.Buffer) {
	fmt.Println("  len", b.Len(), "cap", b.Cap(), "avail", b.Available(), "["+b.String()+"]")
}

func main() {
	var b bytes.Buffer
	state(&b)
	n, err := b.WriteString("hello")
	fmt.Println(n, err)
	state(&b)
	fmt.Println(b.WriteByte(','))
	n, err = b.WriteRune('世')
	fmt.Println(n, err)
	n, err = b.Write([]byte(" world\n2nd line\nrest"))
	fmt.Println(n, err)
	state(&b)
	line, err := b.ReadString('\n')
	fmt.Println("["+line+"]", err)
	state(&b)
	c, err := b.ReadByte()
	fmt.Println(c, err)
	fmt.Println(b.UnreadByte(), b.UnreadByte())
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err)
	fmt.Println(b.UnreadRune(), b.UnreadRune())
	line, err = b.ReadString('\n')
	fmt.Println("["+line+"]", err)
	line, err = b.ReadString('\n')
	fmt.Println("["+line+"]", err)
	line, err = b.ReadString('\n')
	fmt.Println("["+line+"]", err)
	c, err = b.ReadByte()
	fmt.Println(c, err)
	r, size, err = b.ReadRune()
	fmt.Println(r, size, err)
	state(&b)

	b.Reset()
	b.WriteString("€\xffx")
	for {
		r, size, err := b.ReadRune()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println(r, size)
	}

	// Growth and capacities.
	var g bytes.Buffer
	for i := 0; i < 30; i++ {
		g.WriteString("0123456789")
		fmt.Print(g.Cap(), " ")
	}
	fmt.Println()
	g.Truncate(15)
	state(&g)
	g.Grow(1000)
	fmt.Println(g.Len(), g.Cap())
	g.Truncate(0)
	state(&g)

	nb := bytes.NewBufferString("abc,def,ghi")
	for {
		part, err := nb.ReadBytes(',')
		fmt.Println("["+string(part)+"]", err)
		if err != nil {
			break
		}
	}
	nb2 := bytes.NewBuffer([]byte("next"))
	fmt.Println(string(nb2.Next(2)), string(nb2.Next(10)), len(nb2.Next(1)))
	p := make([]byte, 3)
	nb3 := bytes.NewBufferString("readme")
	for {
		n, err := nb3.Read(p)
		fmt.Println(n, err, string(p[:n]))
		if err != nil {
			break
		}
	}
	fmt.Println(string(nb3.Bytes()) == "", bytes.ErrTooLarge)
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())

	defer func() { fmt.Println("recovered:", recover()) }()
	var t bytes.Buffer
	t.WriteString("abc")
	t.Truncate(4)
}
