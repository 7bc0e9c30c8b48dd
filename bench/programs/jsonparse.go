// jsonparse: generates a JSON document, tokenizes and parses it into a tree
// of interface values (map[string]any, []any, string, float64, bool, nil),
// walks the tree and re-serializes it.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type parser struct {
	s   string
	pos int
}

var errSyntax = errors.New("syntax error")

func (p *parser) skipSpace() {
	for p.pos < len(p.s) {
		switch p.s[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value() (any, error) {
	p.skipSpace()
	if p.pos >= len(p.s) {
		return nil, errSyntax
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == 't' && strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true, nil
	case c == 'f' && strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false, nil
	case c == 'n' && strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil, nil
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	}
	return nil, fmt.Errorf("unexpected %q at %d: %w", p.s[p.pos], p.pos, errSyntax)
}

func (p *parser) object() (any, error) {
	p.pos++ // {
	m := map[string]any{}
	p.skipSpace()
	if p.pos < len(p.s) && p.s[p.pos] == '}' {
		p.pos++
		return m, nil
	}
	for {
		p.skipSpace()
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		p.skipSpace()
		if p.pos >= len(p.s) || p.s[p.pos] != ':' {
			return nil, errSyntax
		}
		p.pos++
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		m[k.(string)] = v
		p.skipSpace()
		if p.pos >= len(p.s) {
			return nil, errSyntax
		}
		if p.s[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.s[p.pos] == '}' {
			p.pos++
			return m, nil
		}
		return nil, errSyntax
	}
}

func (p *parser) array() (any, error) {
	p.pos++ // [
	var a []any
	p.skipSpace()
	if p.pos < len(p.s) && p.s[p.pos] == ']' {
		p.pos++
		return a, nil
	}
	for {
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		a = append(a, v)
		p.skipSpace()
		if p.pos >= len(p.s) {
			return nil, errSyntax
		}
		if p.s[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.s[p.pos] == ']' {
			p.pos++
			return a, nil
		}
		return nil, errSyntax
	}
}

func (p *parser) str() (any, error) {
	if p.pos >= len(p.s) || p.s[p.pos] != '"' {
		return nil, errSyntax
	}
	p.pos++
	var sb strings.Builder
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		switch c {
		case '"':
			p.pos++
			return sb.String(), nil
		case '\\':
			p.pos++
			if p.pos >= len(p.s) {
				return nil, errSyntax
			}
			switch e := p.s[p.pos]; e {
			case 'n':
				sb.WriteByte('\n')
			case 't':
				sb.WriteByte('\t')
			case 'u':
				if p.pos+4 >= len(p.s) {
					return nil, errSyntax
				}
				r, err := strconv.ParseUint(p.s[p.pos+1:p.pos+5], 16, 32)
				if err != nil {
					return nil, err
				}
				sb.WriteRune(rune(r))
				p.pos += 4
			default:
				sb.WriteByte(e)
			}
			p.pos++
		default:
			sb.WriteByte(c)
			p.pos++
		}
	}
	return nil, errSyntax
}

func (p *parser) number() (any, error) {
	start := p.pos
	for p.pos < len(p.s) && strings.IndexByte("+-0123456789.eE", p.s[p.pos]) >= 0 {
		p.pos++
	}
	return strconv.ParseFloat(p.s[start:p.pos], 64)
}

func encode(sb *strings.Builder, v any) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		sb.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			encode(sb, e)
		}
		sb.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(strconv.Quote(k))
			sb.WriteByte(':')
			encode(sb, x[k])
		}
		sb.WriteByte('}')
	}
}

type stats struct {
	objects, arrays, strings, numbers, bools, nulls int
	numSum                                          float64
	maxDepth                                        int
}

func (st *stats) walk(v any, depth int) {
	if depth > st.maxDepth {
		st.maxDepth = depth
	}
	switch x := v.(type) {
	case map[string]any:
		st.objects++
		for _, e := range x {
			st.walk(e, depth+1)
		}
	case []any:
		st.arrays++
		for _, e := range x {
			st.walk(e, depth+1)
		}
	case string:
		st.strings++
	case float64:
		st.numbers++
		st.numSum += x
	case bool:
		st.bools++
	case nil:
		st.nulls++
	}
}

func generate(n int) string {
	var sb strings.Builder
	sb.WriteString("{\"users\": [\n")
	for i := 0; i < n; i++ {
		if i > 0 {
			sb.WriteString(",\n")
		}
		fmt.Fprintf(&sb, `  {"id": %d, "name": "user\u00e9%d", "score": %.2f, "active": %t, `, i, i, float64(i%1000)*1.25, i%3 == 0)
		sb.WriteString(`"tags": [`)
		for j := 0; j < i%5; j++ {
			if j > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(&sb, `"t%d"`, (i+j)%17)
		}
		sb.WriteString(`], "address": {"city": "c`)
		sb.WriteString(strconv.Itoa(i % 50))
		sb.WriteString(`", "zip": null, "geo": [`)
		sb.WriteString(strconv.FormatFloat(float64(i)/3, 'e', 5, 64))
		sb.WriteString(", -1.5e-3]}}")
	}
	sb.WriteString("\n], \"count\": ")
	sb.WriteString(strconv.Itoa(n))
	sb.WriteString(", \"escaped\": \"a\\\"b\\\\c\\n\"}")
	return sb.String()
}

func main() {
	n := 20000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	doc := generate(n)
	p := &parser{s: doc}
	v, err := p.value()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	var st stats
	st.walk(v, 0)
	fmt.Println("input bytes", len(doc))
	fmt.Printf("objects=%d arrays=%d strings=%d numbers=%d bools=%d nulls=%d depth=%d\n",
		st.objects, st.arrays, st.strings, st.numbers, st.bools, st.nulls, st.maxDepth)
	fmt.Printf("number sum %.4f\n", st.numSum)

	var sb strings.Builder
	encode(&sb, v)
	out := sb.String()
	var h uint32 = 2166136261
	for i := 0; i < len(out); i++ {
		h = (h ^ uint32(out[i])) * 16777619
	}
	fmt.Printf("encoded %d bytes fnv %08x\n", len(out), h)
	tail := out[len(out)-40:]
	fmt.Println("tail", tail)

	// Round trip: parse the encoding again and compare.
	p2 := &parser{s: out}
	v2, err := p2.value()
	var sb2 strings.Builder
	encode(&sb2, v2)
	fmt.Println("round trip", err == nil && sb2.String() == out)

	_, err = (&parser{s: `{"a": [1, 2,, 3]}`}).value()
	fmt.Println("bad input:", err, errors.Is(err, errSyntax))
}
