// strbuild: string building and conversion: strings.Builder, strconv
// (Itoa, FormatInt, FormatFloat, ParseInt, ParseFloat, Quote), byte and
// rune conversions, string concatenation and strings functions.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	n := 600000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(strconv.Itoa(i * 7))
		sb.WriteByte(',')
		sb.WriteString(strconv.FormatInt(int64(i), 16))
		sb.WriteByte(',')
		sb.WriteString(strconv.FormatFloat(float64(i)/7, 'g', 6, 64))
		sb.WriteByte(';')
		if i%10 == 9 {
			sb.WriteRune('→')
			sb.WriteRune('\n')
		}
	}
	s := sb.String()
	fmt.Println("built", len(s), utf8.RuneCountInString(s))

	// Parse it all back.
	var isum, hsum int64
	var fsum float64
	bad := 0
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSuffix(line, "→")
		for _, rec := range strings.Split(line, ";") {
			if rec == "" {
				continue
			}
			parts := strings.Split(rec, ",")
			a, err1 := strconv.ParseInt(parts[0], 10, 64)
			h, err2 := strconv.ParseInt(parts[1], 16, 64)
			f, err3 := strconv.ParseFloat(parts[2], 64)
			if err1 != nil || err2 != nil || err3 != nil {
				bad++
				continue
			}
			isum += a
			hsum += h
			fsum += f
		}
	}
	fmt.Println("parsed", isum, hsum, strconv.FormatFloat(fsum, 'f', 3, 64), "bad", bad)

	// Byte and rune conversions.
	words := []string{"héllo", "wörld", "日本語", "Go", "ünïcödé", "abc"}
	var out []string
	runes := 0
	for i := 0; i < n/10; i++ {
		w := words[i%len(words)]
		b := []byte(w)
		for j := range b {
			if b[j] >= 'a' && b[j] <= 'z' {
				b[j] -= 'a' - 'A'
			}
		}
		r := []rune(w)
		for j, k := 0, len(r)-1; j < k; j, k = j+1, k-1 {
			r[j], r[k] = r[k], r[j]
		}
		for j, c := range r {
			if unicode.IsLetter(c) && j%2 == 0 {
				r[j] = unicode.ToUpper(c)
			}
		}
		runes += len(r)
		t := string(b) + "|" + string(r) + "|" + string(rune('a'+i%26))
		if i < 6 {
			out = append(out, t)
		}
		if i%1000 == 0 {
			out = append(out, strconv.Quote(t))
		}
	}
	fmt.Println("runes", runes)
	fmt.Println(strings.Join(out[:7], " "))
	fmt.Println(len(out), strings.ToUpper(out[len(out)-1]))

	// Repeated concatenation and Fields/Replace.
	acc := ""
	for i := 0; i < 200; i++ {
		acc += strconv.Itoa(i % 10)
	}
	acc = strings.Repeat(acc, n/2000+1)
	acc = strings.ReplaceAll(acc, "12", "twelve ")
	fmt.Println("fields", len(strings.Fields(acc)), strings.Count(acc, "9"), strings.Index(acc, "345"))
}
