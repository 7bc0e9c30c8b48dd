// strconv's quoting: Quote and its ASCII/graphic variants, QuoteRune,
// Unquote, UnquoteChar, QuotedPrefix, CanBackquote, IsPrint, IsGraphic.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{
		"", "hello", "a\"b", "a'b", "back\\slash", "tab\there", "nl\n", "cr\r", "\a\b\f\v",
		"\x00\x01\x1f\x7f", "é", "日本語", "\u00a0nbsp", "\u2028\u2029", "\ufeffbom", "\u200b",
		"\U0001F600 smile", "\U000E0001", "\xff\xfe", "a\xe2\x82", "\xed\xa0\x80", "`raw`",
		"\u0300combining", "\u061c", "\U0010FFFF", "\uFFFD", "\u3000ideo",
	}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
		u, err := strconv.Unquote(strconv.Quote(s))
		fmt.Println(u == s, err)
	}
	b := []byte("x=")
	b = strconv.AppendQuote(b, "q\"")
	b = strconv.AppendQuoteToASCII(b, "é")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = strconv.AppendQuoteToGraphic(b, "\u00a0")
	b = strconv.AppendQuoteRuneToGraphic(b, '\u00a0')
	fmt.Println(string(b))

	runes := []rune{'a', '\'', '"', '\\', '\n', '\x00', '\x7f', 0x80, 0x9f, 0xa0, 0xad, 'é', 0x2028, 0xd800, 0xfffd, 0xfeff, 0x1f600, 0xe0100, 0x10ffff, 0x110000, -1, 0x3000, 0x0378}
	for _, r := range runes {
		fmt.Println(r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}

	quoted := []string{
		`"abc"`, `"a\"b"`, `"\x41\101\u00e9\U0001F600"`, `"\q"`, `"\400"`, `"\ud800"`, `"\U00110000"`,
		`"unterminated`, `"a"b"`, `'a'`, `'ab'`, `'\''`, `'\"'`, `"\'"`, `''`, `'é'`, `'\xff'`,
		"`raw\\n`", "`a\rb`", "`unterminated", `"tab	in"`, "\"nl\nin\"", `x`, ``, `"`, `"\"`,
		"\"\xff\"", "'\xff'", `"\a\b\f\n\r\t\v\\"`, `"\0"`, `"\08"`, `"\x4"`, `"\u12"`, "'\u2028'",
	}
	for _, q := range quoted {
		s, err := strconv.Unquote(q)
		p, perr := strconv.QuotedPrefix(q + " tail")
		fmt.Println(strconv.Quote(q), strconv.Quote(s), err, strconv.Quote(p), perr)
	}

	for _, in := range []string{`\n rest`, `\x41`, `\u263a!`, `\U0001F600`, `é`, `\'`, `\"`, `'`, `"`, `\`, `\z`, `\777`, `\123`, ``} {
		for _, q := range []byte{'"', '\'', 0} {
			v, mb, tail, err := strconv.UnquoteChar(in, q)
			fmt.Println(strconv.Quote(in), q, v, mb, strconv.Quote(tail), err)
		}
	}

	// IsPrint and IsGraphic over the whole code space, summarized.
	nPrint, nGraphic, changes := 0, 0, 0
	prev := false
	for r := rune(0); r <= 0x10FFFF; r++ {
		p := strconv.IsPrint(r)
		if p {
			nPrint++
		}
		if strconv.IsGraphic(r) {
			nGraphic++
		}
		if p != prev {
			changes++
			prev = p
		}
	}
	fmt.Println("printable:", nPrint, "graphic:", nGraphic, "boundaries:", changes)
}
