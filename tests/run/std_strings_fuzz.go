// Runs the strings functions on pseudo-random strings (with invalid UTF-8)
// and prints a hash of each function's results.
package main

import (
	"fmt"
	"strings"
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
			s = "i" + strings.Repeat("+", v+2)
		case bool:
			if v {
				s = "T"
			} else {
				s = "F"
			}
		case []string:
			s = "l" + strings.Repeat("+", len(v))
			if v == nil {
				s = "nil"
			}
			for _, e := range v {
				s += "|" + e
			}
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

func main() {
	h := &hasher{sums: map[string]uint64{}}
	for iter := 0; iter < 2500; iter++ {
		s := randStr()
		t := randSub(s)
		if rnd(2) == 0 {
			t = randStr()
		}
		h.add("Index", strings.Index(s, t), strings.LastIndex(s, t), strings.Contains(s, t))
		h.add("IndexAny", strings.IndexAny(s, t), strings.LastIndexAny(s, t), strings.ContainsAny(s, t))
		h.add("Count", strings.Count(s, t))
		h.add("Prefix", strings.HasPrefix(s, t), strings.HasSuffix(s, t), strings.TrimPrefix(s, t), strings.TrimSuffix(s, t))
		h.add("Compare", strings.Compare(s, t))
		h.add("EqualFold", strings.EqualFold(s, t), strings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(strings.ToLower(s), s))
		h.add("Trim", strings.Trim(s, t), strings.TrimLeft(s, t), strings.TrimRight(s, t))
		h.add("Split", strings.Split(s, t), strings.SplitAfter(s, t))
		n := rnd(6) - 2
		h.add("SplitN", strings.SplitN(s, t, n), strings.SplitAfterN(s, t, n))
		u := randSub(s)
		h.add("Replace", strings.Replace(s, t, u, n), strings.ReplaceAll(s, t, u))
		b, a, f := strings.Cut(s, t)
		h.add("Cut", b, a, f)
		b, a, f = strings.CutLast(s, t)
		h.add("CutLast", b, a, f)
		h.add("ToValidUTF8", strings.ToValidUTF8(s, t))
		for _, r := range t {
			h.add("IndexRune", strings.IndexRune(s, r), strings.ContainsRune(s, r))
		}
		h.add("Case", strings.ToUpper(s), strings.ToLower(s))
		h.add("TrimSpace", strings.TrimSpace(s))
		h.add("Fields", strings.Fields(s), strings.FieldsFunc(s, isSp))
		h.add("Func", strings.IndexFunc(s, isSp), strings.LastIndexFunc(s, isSp), strings.TrimFunc(s, isSp), strings.TrimLeftFunc(s, isSp), strings.TrimRightFunc(s, isSp))
		h.add("Map", strings.Map(upNext, s), strings.Map(func(r rune) rune { return r }, s))
		h.add("Repeat", strings.Repeat(s, rnd(4)))
		h.add("Join", strings.Join(strings.Split(s, t), u))
		r := strings.NewReplacer(t, u, randSub(s), randSub(s))
		h.add("Replacer", r.Replace(s))
	}
	for _, name := range h.names {
		fmt.Println(name, h.sums[name])
	}
}
