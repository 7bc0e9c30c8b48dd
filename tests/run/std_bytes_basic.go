package main

import (
	"bytes"
	"fmt"
)

// mk returns a fresh slice holding s with capacity len(s), so that the
// capacities printed below do not depend on how []byte("...") allocates.
func mk(s string) []byte {
	b := make([]byte, len(s))
	copy(b, s)
	return b
}

func show(name string, b []byte) {
	fmt.Println(name, b == nil, len(b), cap(b), "["+string(b)+"]")
}

func showAll(name string, a [][]byte) {
	fmt.Print(name, " nil=", a == nil, " len=", len(a), " cap=", cap(a), ":")
	for _, b := range a {
		fmt.Print(" [", string(b), "]/", cap(b))
	}
	fmt.Println()
}

func main() {
	s := mk("chicken kitchen, €uro 😀 café\xffend")
	for _, sub := range []string{"", "c", "ken", "€", "😀", "\xff", "end", "zzz"} {
		b := []byte(sub)
		fmt.Println(sub, bytes.Index(s, b), bytes.LastIndex(s, b), bytes.Contains(s, b), bytes.Count(s, b),
			bytes.HasPrefix(s, b), bytes.HasSuffix(s, b))
	}
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Equal(mk("a"), mk("a")), bytes.Equal(mk("a"), mk("b")))
	fmt.Println(bytes.Compare(nil, []byte{}), bytes.Compare(mk("a"), mk("b")), bytes.Compare(mk("b"), mk("a")), bytes.Compare(mk("ab"), mk("a")))
	fmt.Println(bytes.IndexByte(s, 'k'), bytes.LastIndexByte(s, 'k'), bytes.IndexRune(s, '€'), bytes.IndexRune(s, 0xFFFD), bytes.ContainsRune(s, 'Z'))
	fmt.Println(bytes.IndexAny(s, "xyzn"), bytes.LastIndexAny(s, "xyzn"), bytes.ContainsAny(s, "😀"), bytes.IndexAny(s, ""))
	isDigit := func(r rune) bool { return '0' <= r && r <= '9' }
	fmt.Println(bytes.IndexFunc(mk("ab12"), isDigit), bytes.LastIndexFunc(mk("1ab2c"), isDigit), bytes.ContainsFunc(s, isDigit))

	for _, in := range []string{"a,b,c", "", ",", "a€b"} {
		for _, sep := range []string{",", "", "€"} {
			showAll("Split "+in+" "+sep, bytes.Split([]byte(in), []byte(sep)))
			showAll("SplitAfter", bytes.SplitAfter([]byte(in), []byte(sep)))
			showAll("SplitN 2", bytes.SplitN([]byte(in), []byte(sep), 2))
			showAll("SplitN 0", bytes.SplitN([]byte(in), []byte(sep), 0))
			showAll("SplitAfterN -1", bytes.SplitAfterN([]byte(in), []byte(sep), -1))
		}
	}
	showAll("Fields", bytes.Fields(mk("  foo bar\u00a0baz\t ")))
	showAll("Fields", bytes.Fields(mk("   ")))
	showAll("FieldsFunc", bytes.FieldsFunc(mk("a1b22c"), isDigit))

	show("Join", bytes.Join([][]byte{mk("a"), mk("b"), mk("c")}, mk(", ")))
	show("Join0", bytes.Join(nil, mk(",")))
	show("Join1", bytes.Join([][]byte{nil}, mk(",")))
	show("Join1b", bytes.Join([][]byte{mk("solo")}, mk(",")))
	show("Repeat", bytes.Repeat(mk("ab"), 3))
	show("Repeat0", bytes.Repeat(mk("ab"), 0))
	show("Repeat empty", bytes.Repeat(nil, 4))

	show("ToUpper", bytes.ToUpper(mk("hello, wörld ß")))
	show("ToUpper ascii", bytes.ToUpper(mk("hello")))
	show("ToUpper none", bytes.ToUpper(mk("HELLO")))
	show("ToLower", bytes.ToLower(mk("HELLO, WÖRLD ΣΑΣ")))
	show("ToLower nil", bytes.ToLower(nil))
	fmt.Println(bytes.EqualFold(mk("Go"), mk("GO")), bytes.EqualFold(mk("Σίσυφος"), mk("ΣΊΣΥΦΟΣ")), bytes.EqualFold(mk("a"), mk("b")))

	show("TrimSpace", bytes.TrimSpace(mk("  \t x y \n")))
	show("TrimSpace all", bytes.TrimSpace(mk("  \u3000 ")))
	show("TrimSpace nil", bytes.TrimSpace(nil))
	show("Trim", bytes.Trim(mk("!!x!!"), "!"))
	show("Trim all", bytes.Trim(mk("!!!"), "!"))
	show("Trim empty", bytes.Trim([]byte{}, "!"))
	show("TrimLeft", bytes.TrimLeft(mk("¡¡x!!"), "¡"))
	show("TrimLeft all", bytes.TrimLeft(mk("¡¡"), "¡"))
	show("TrimRight", bytes.TrimRight(mk("¡¡x!!"), "!"))
	show("TrimRight all", bytes.TrimRight(mk("!!"), "!"))
	show("TrimRight nil", bytes.TrimRight(nil, "!"))
	show("TrimPrefix", bytes.TrimPrefix(mk("prefix-body"), mk("prefix-")))
	show("TrimSuffix", bytes.TrimSuffix(mk("file.go"), mk(".go")))
	show("TrimFunc", bytes.TrimFunc(mk("12ab34"), isDigit))
	show("TrimLeftFunc all", bytes.TrimLeftFunc(mk("1234"), isDigit))
	show("TrimRightFunc all", bytes.TrimRightFunc(mk("1234"), isDigit))

	show("Replace", bytes.Replace(mk("oink oink oink"), mk("k"), mk("ky"), 2))
	show("Replace none", bytes.Replace(mk("oink"), mk("x"), mk("y"), -1))
	show("Replace empty", bytes.Replace(nil, mk("x"), mk("y"), -1))
	show("ReplaceAll", bytes.ReplaceAll(mk("banana"), mk("a"), mk("o")))
	show("ReplaceAll empty old", bytes.ReplaceAll(mk("a€b"), nil, mk("-")))

	before, after, found := bytes.Cut(mk("k=v"), mk("="))
	fmt.Println(string(before), string(after), found)
	before, after, found = bytes.Cut(mk("kv"), mk("="))
	fmt.Println(string(before), after == nil, found)
	rest, ok := bytes.CutPrefix(mk("k=v"), mk("k="))
	fmt.Println(string(rest), ok)
	rest, ok = bytes.CutSuffix(mk("k=v"), mk("=x"))
	fmt.Println(string(rest), ok)

	show("Map", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, mk("banana\xff")))
	show("ToValidUTF8", bytes.ToValidUTF8(mk("a\xff\xfeb"), mk("?")))
	fmt.Println(bytes.Runes(mk("a€\xff")))
	show("Clone", bytes.Clone(mk("abc")))
	show("Clone nil", bytes.Clone(nil))
	show("Clone empty", bytes.Clone([]byte{}))
}
