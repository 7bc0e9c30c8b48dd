package fmt

import (
	"internal/reflectlite"
	"unicode"
)

func isUpper(r rune) bool { return unicode.IsUpper(r) }

// What staticIfaceType is asked for besides struct field indexes.
const (
	whichElem     = -1
	whichMapKey   = -2
	whichMapValue = -3
)

// staticIfaceType is the static type of a nil interface found as element
// `which` of container (a struct field index, or one of the which*
// constants), for %#v's "error(nil)". reflectlite gives only dynamic
// values, so the type is read from the string of the container's
// underlying type.
func staticIfaceType(container any, which int) string {
	t := reflectlite.UnderTypeString(container)
	switch which {
	case whichElem:
		if e, ok := elemTypeString(t); ok {
			return e
		}
	case whichMapKey, whichMapValue:
		if k, v, ok := mapTypeStrings(t); ok {
			if which == whichMapKey {
				return k
			}
			return v
		}
	default:
		if f, ok := structFieldType(t, which); ok {
			return f
		}
	}
	return "interface {}"
}

// closing returns the index of the bracket closing the one at s[i],
// skipping nested brackets and quoted strings.
func closing(s string, i int) int {
	depth := 0
	for ; i < len(s); i++ {
		switch s[i] {
		case '[', '(', '{':
			depth++
		case ']', ')', '}':
			depth--
			if depth == 0 {
				return i
			}
		case '"':
			i = skipQuoted(s, i)
		}
	}
	return -1
}

// skipQuoted returns the index of the quote closing the one at s[i].
func skipQuoted(s string, i int) int {
	for i++; i < len(s); i++ {
		if s[i] == '\\' {
			i++
		} else if s[i] == '"' {
			return i
		}
	}
	return i
}

// elemTypeString returns T of a type string "[]T" or "[N]T".
func elemTypeString(t string) (string, bool) {
	if len(t) < 2 || t[0] != '[' {
		return "", false
	}
	end := closing(t, 0)
	if end < 0 {
		return "", false
	}
	return t[end+1:], true
}

// mapTypeStrings returns K and V of a type string "map[K]V".
func mapTypeStrings(t string) (string, string, bool) {
	if len(t) < 5 || t[:4] != "map[" {
		return "", "", false
	}
	end := closing(t, 3)
	if end < 0 {
		return "", "", false
	}
	return t[4:end], t[end+1:], true
}

// structFieldType returns the type of field i of a type string
// "struct { A int; B error "tag" }" (an unnamed struct type).
func structFieldType(t string, i int) (string, bool) {
	if len(t) < 9 || t[:8] != "struct {" {
		return "", false
	}
	end := closing(t, 7)
	if end < 0 {
		return "", false
	}
	body := t[8:end]
	// Split the fields at "; " outside brackets and quotes.
	n := 0
	start := 0
	depth := 0
	for j := 0; j <= len(body); j++ {
		if j < len(body) {
			switch body[j] {
			case '[', '(', '{':
				depth++
				continue
			case ']', ')', '}':
				depth--
				continue
			case '"':
				j = skipQuoted(body, j)
				continue
			case ';':
				if depth != 0 {
					continue
				}
			default:
				continue
			}
		}
		if n == i {
			return fieldDeclType(trimSpace(body[start:j])), true
		}
		n++
		start = j + 1
	}
	return "", false
}

func trimSpace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

// fieldDeclType returns the type in a field declaration "Name Type",
// "Name Type "tag"" or "Type" (embedded).
func fieldDeclType(f string) string {
	// Drop a tag.
	if len(f) > 0 && f[len(f)-1] == '"' {
		for j := 0; j < len(f); j++ {
			if f[j] == '"' {
				f = trimSpace(f[:j])
				break
			}
		}
	}
	// A name is an identifier followed by a space at the start.
	for j := 0; j < len(f); j++ {
		c := f[j]
		if c == ' ' {
			return f[j+1:]
		}
		if !(c == '_' || c >= 0x80 || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			break
		}
	}
	return f
}
