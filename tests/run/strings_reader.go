package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\n\ndelta"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("  one two\tthree\nfour  "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), ";")
	}
	fmt.Println(n)
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	k, err := r.Read(buf)
	fmt.Println(k, err, string(buf[:k]), r.Len())
	c, sz, err := r.ReadRune()
	fmt.Println(c, sz, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte())
	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	k, err = r.Read(buf)
	fmt.Println(k, err)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	k, err = r.ReadAt(buf, 9)
	fmt.Println(k, err, string(buf[:k]))
	r.Reset("xyz\n")
	io.Copy(os.Stdout, r)
	br := bytes.NewReader([]byte("bytes reader\n"))
	var sb strings.Builder
	m, err := br.WriteTo(&sb)
	fmt.Println(m, err, sb.String() == "bytes reader\n", br.Len())
	fmt.Println(br.UnreadRune())
	fmt.Println(strings.Title("hello wide_world o'neil 3rd-place ünïcode"), strings.ToTitle("héllo ǆ"))
	fmt.Println(string(bytes.Title([]byte("go is fun"))), string(bytes.ToTitle([]byte("ǳ x"))))
	var zero strings.Reader
	_, err = zero.ReadByte()
	fmt.Println(err, zero.Len())
}
