package fmt

import "internal/reflectlite"

// entry is a key and its value in a map.
type entry struct {
	key, value any
}

// mapEntries returns the entries of map m (keys and values taken side by
// side, so an entry with a NaN key keeps its value).
func mapEntries(m any) []entry {
	keys := reflectlite.MapKeys(m)
	vals := reflectlite.MapValues(m)
	es := make([]entry, len(keys))
	for i, k := range keys {
		es[i] = entry{k, vals[i]}
	}
	return es
}

// sortedEntries returns the entries of map m in the order fmt prints them:
// keys that are numbers ascending (NaN first), strings in byte order,
// false before true, pointers by address, arrays and structs element by
// element, and in interface-typed keys nil first, then by dynamic type
// (see compareTypes), then by value.
func sortedEntries(m any) []entry {
	es := mapEntries(m)
	if len(es) > 1 {
		mergeSort(es, make([]entry, len(es)))
	}
	return es
}

// mergeSort sorts a stably by key, using tmp as scratch space.
func mergeSort(a, tmp []entry) {
	n := len(a)
	if n <= 12 {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && compareKeys(a[j].key, a[j-1].key) < 0; j-- {
				a[j], a[j-1] = a[j-1], a[j]
			}
		}
		return
	}
	mid := n / 2
	mergeSort(a[:mid], tmp[:mid])
	mergeSort(a[mid:], tmp[mid:])
	copy(tmp, a)
	i, j, k := 0, mid, 0
	for i < mid && j < n {
		if compareKeys(tmp[j].key, tmp[i].key) < 0 {
			a[k] = tmp[j]
			j++
		} else {
			a[k] = tmp[i]
			i++
		}
		k++
	}
	for ; i < mid; i++ {
		a[k] = tmp[i]
		k++
	}
	for ; j < n; j++ {
		a[k] = tmp[j]
		k++
	}
}

func cmpInt(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func cmpUint(a, b uint64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// cmpFloat orders NaN before every other value, like cmp.Compare.
func cmpFloat(a, b float64) int {
	aNaN, bNaN := a != a, b != b
	switch {
	case aNaN && bNaN:
		return 0
	case aNaN:
		return -1
	case bNaN:
		return 1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpString(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// compareKeys orders two map keys (or parts of keys).
func compareKeys(a, b any) int {
	if a == nil || b == nil {
		// nil interfaces first.
		switch {
		case a == nil && b == nil:
			return 0
		case a == nil:
			return -1
		}
		return 1
	}
	if ta, tb := reflectlite.TypeString(a), reflectlite.TypeString(b); ta != tb {
		// Values of different dynamic types inside interfaces.
		return compareTypes(ta, tb)
	}
	switch k := reflectlite.KindOf(a); k {
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		return cmpInt(reflectlite.IntOf(a), reflectlite.IntOf(b))
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64, reflectlite.Uintptr:
		return cmpUint(reflectlite.UintOf(a), reflectlite.UintOf(b))
	case reflectlite.String:
		return cmpString(reflectlite.StringOf(a), reflectlite.StringOf(b))
	case reflectlite.Float32, reflectlite.Float64:
		return cmpFloat(reflectlite.FloatOf(a), reflectlite.FloatOf(b))
	case reflectlite.Bool:
		x, y := reflectlite.BoolOf(a), reflectlite.BoolOf(b)
		switch {
		case x == y:
			return 0
		case x:
			return 1
		}
		return -1
	case reflectlite.Pointer, reflectlite.UnsafePointer, reflectlite.Chan:
		return cmpUint(uint64(reflectlite.PointerOf(a)), uint64(reflectlite.PointerOf(b)))
	case reflectlite.Struct:
		n := reflectlite.NumField(a)
		for i := 0; i < n; i++ {
			if c := compareKeys(reflectlite.Field(a, i), reflectlite.Field(b, i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Array:
		n := reflectlite.ValueLen(a)
		for i := 0; i < n; i++ {
			if c := compareKeys(reflectlite.Index(a, i), reflectlite.Index(b, i)); c != 0 {
				return c
			}
		}
		return 0
	}
	panic("bad type in compare: " + reflectlite.TypeString(a))
}

// basicTypeOrder is the order of the predeclared types among interface
// keys of different dynamic types.
var basicTypeOrder = []string{"string", "int8", "uint8", "int16", "uint16", "int32", "uint32",
	"int64", "uint64", "int", "uint", "uintptr", "float32", "float64", "complex64", "complex128", "bool"}

// typeRank classifies a type by its name for compareTypes: unnamed
// composite types first, then the predeclared types, then named types.
func typeRank(t string) int {
	switch t[0] {
	case '*', '[':
		return 0
	}
	for _, p := range []string{"map[", "func(", "struct {", "chan ", "<-chan "} {
		if len(t) >= len(p) && t[:len(p)] == p {
			return 0
		}
	}
	for i, b := range basicTypeOrder {
		if t == b {
			return 1 + i
		}
	}
	return 1 + len(basicTypeOrder)
}

// compareTypes orders two different dynamic types of interface keys. Go
// orders them by the address of their type descriptors, which its linker
// lays out with the unnamed composite types first (by name), then the
// predeclared types (in basicTypeOrder), then the named types; within
// the last group the order is the linker's, approximated here by name.
func compareTypes(a, b string) int {
	if ra, rb := typeRank(a), typeRank(b); ra != rb {
		return cmpInt(int64(ra), int64(rb))
	}
	return cmpString(a, b)
}
