// Runs the bytes functions and Buffer methods on pseudo-random input (with
// invalid UTF-8) and prints a hash of each one's results, capacities and
// nil-ness included.
package main

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

var seed uint64 = 42

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int(seed>>33) % n
}

var pieces = []string{
	"a", "b", "A", "B", "k", "K", "s", "S", " ", ",", "\t", "\n", "ab", "a,", "0",
	"\uFFFD", "\u212A", "\u0130", "\u0131", "ſ", "ß", "ẞ", "\u00a0", "\u0085", "\u3000",
	"\xe2\x82", "\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\x80", "\xff", "\x80",
	"😀", "€", "é", "É", "Σ", "σ", "ς", "µ", "ǅ", "θ", "ϑ", "Ж", "ж", "ᲀ", "Ⴀ", "ⴀ",
}

func randStr() string {
	n := rnd(10)
	var b []byte
	for i := 0; i < n; i++ {
		switch rnd(5) {
		case 0, 1:
			b = append(b, pieces[rnd(len(pieces))]...)
		case 2:
			b = append(b, byte(rnd(256)))
		case 3:
			b = utf8.AppendRune(b, rune(rnd(0x2000)))
		default:
			b = append(b, "ab, \t"[rnd(5)])
		}
	}
	return string(b)
}

func randSub(s string) string {
	switch rnd(4) {
	case 0:
		return ""
	case 1, 2:
		if len(s) > 0 {
			i := rnd(len(s))
			j := i + rnd(4)
			if j > len(s) {
				j = len(s)
			}
			return s[i:j]
		}
	}
	return pieces[rnd(len(pieces))]
}

type hasher struct {
	names []string
	sums  map[string]uint64
}

func num(n int) string {
	if n < 0 {
		return "-" + num(-n)
	}
	s := ""
	for {
		s = string(rune('0'+n%10)) + s
		n /= 10
		if n == 0 {
			return s
		}
	}
}

func desc(b []byte) string {
	if b == nil {
		return "nil"
	}
	return num(len(b)) + "/" + num(cap(b)) + ":" + string(b)
}

func (h *hasher) add(name string, vals ...any) {
	sum, ok := h.sums[name]
	if !ok {
		h.names = append(h.names, name)
		sum = 14695981039346656037
	}
	for _, v := range vals {
		var s string
		switch v := v.(type) {
		case string:
			s = "s" + v
		case int:
			s = "i" + num(v)
		case rune:
			s = "r" + num(int(v))
		case bool:
			if v {
				s = "T"
			} else {
				s = "F"
			}
		case []byte:
			s = "b" + desc(v)
		case [][]byte:
			s = "l" + num(len(v)) + "/" + num(cap(v))
			if v == nil {
				s = "nil"
			}
			for _, e := range v {
				s += "|" + desc(e)
			}
		case error:
			s = "e" + v.Error()
		case nil:
			s = "<nil>"
		default:
			panic("unhashed value")
		}
		for i := 0; i < len(s); i++ {
			sum ^= uint64(s[i])
			sum *= 1099511628211
		}
		sum ^= 0xff
		sum *= 1099511628211
	}
	h.sums[name] = sum
}

func isSp(r rune) bool { return r == ' ' || r == 'a' || r == utf8.RuneError || r > 0x400 }

func upNext(r rune) rune {
	if r == 'a' {
		return -1
	}
	if r == 'b' {
		return 0xD800
	}
	return r + 1
}

// mk makes a slice of s with some spare capacity, or nil for "" at times.
func mk(s string) []byte {
	if s == "" && rnd(3) == 0 {
		return nil
	}
	b := make([]byte, len(s), len(s)+rnd(3))
	copy(b, s)
	return b
}

func main() {
	h := &hasher{sums: map[string]uint64{}}
	for iter := 0; iter < 1500; iter++ {
		str := randStr()
		tstr := randSub(str)
		if rnd(2) == 0 {
			tstr = randStr()
		}
		s, t := mk(str), mk(tstr)
		h.add("Index", bytes.Index(s, t), bytes.LastIndex(s, t), bytes.Contains(s, t))
		h.add("IndexAny", bytes.IndexAny(s, tstr), bytes.LastIndexAny(s, tstr), bytes.ContainsAny(s, tstr))
		h.add("Count", bytes.Count(s, t))
		h.add("Equal", bytes.Equal(s, t), bytes.Compare(s, t))
		h.add("Prefix", bytes.HasPrefix(s, t), bytes.HasSuffix(s, t), bytes.TrimPrefix(s, t), bytes.TrimSuffix(s, t))
		h.add("EqualFold", bytes.EqualFold(s, t), bytes.EqualFold(s, bytes.ToUpper(s)), bytes.EqualFold(bytes.ToLower(s), s))
		h.add("Trim", bytes.Trim(s, tstr), bytes.TrimLeft(s, tstr), bytes.TrimRight(s, tstr))
		h.add("Split", bytes.Split(s, t), bytes.SplitAfter(s, t))
		n := rnd(6) - 2
		h.add("SplitN", bytes.SplitN(s, t, n), bytes.SplitAfterN(s, t, n))
		u := mk(randSub(str))
		h.add("Replace", bytes.Replace(s, t, u, n), bytes.ReplaceAll(s, t, u))
		b, a, f := bytes.Cut(s, t)
		h.add("Cut", b, a, f)
		b, a, f = bytes.CutLast(s, t)
		h.add("CutLast", b, a, f)
		h.add("ToValidUTF8", bytes.ToValidUTF8(s, t))
		for _, r := range tstr {
			h.add("IndexRune", bytes.IndexRune(s, r), bytes.ContainsRune(s, r))
		}
		h.add("Case", bytes.ToUpper(s), bytes.ToLower(s))
		h.add("TrimSpace", bytes.TrimSpace(s))
		h.add("Fields", bytes.Fields(s), bytes.FieldsFunc(s, isSp))
		h.add("Func", bytes.IndexFunc(s, isSp), bytes.LastIndexFunc(s, isSp), bytes.TrimFunc(s, isSp), bytes.TrimLeftFunc(s, isSp), bytes.TrimRightFunc(s, isSp))
		h.add("Map", bytes.Map(upNext, s))
		h.add("Repeat", bytes.Repeat(s, rnd(4)))
		h.add("Join", bytes.Join(bytes.Split(s, t), u))
		h.add("Clone", bytes.Clone(s))
	}
	// A Buffer under random operations.
	var buf bytes.Buffer
	for i := 0; i < 3000; i++ {
		switch rnd(12) {
		case 0:
			n, err := buf.WriteString(randStr())
			h.add("WriteString", n, err)
		case 1:
			h.add("WriteByte", buf.WriteByte(byte(rnd(256))))
		case 2:
			n, err := buf.WriteRune(rune(rnd(0x11000)) * 16)
			h.add("WriteRune", n, err)
		case 3:
			n, err := buf.Write(mk(randStr()))
			h.add("Write", n, err)
		case 4:
			buf.Grow(rnd(200))
		case 5:
			if rnd(10) == 0 {
				buf.Reset()
			}
		case 6:
			buf.Truncate(rnd(buf.Len() + 1))
		case 7:
			c, err := buf.ReadByte()
			h.add("ReadByte", int(c), err)
		case 8:
			r, n, err := buf.ReadRune()
			h.add("ReadRune", r, n, err)
		case 9:
			line, err := buf.ReadString(",a \xff"[rnd(4)])
			h.add("ReadString", line, err)
		case 10:
			h.add("Unread", buf.UnreadByte(), buf.UnreadRune())
		default:
			h.add("Next", buf.Next(rnd(5)))
		}
		h.add("Buffer", buf.Len(), buf.Cap(), buf.String())
	}
	for _, name := range h.names {
		fmt.Println(name, h.sums[name])
	}
}
