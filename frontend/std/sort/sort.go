// Package sort provides primitives for sorting slices and user-defined
// collections, as Go's sort package does.
//
// Sort is an introsort (quicksort with a median-of-three or ninther pivot,
// falling back to heapsort when recursion gets too deep and to insertion
// sort on short ranges), so it runs in O(n*log(n)) and is not stable: the
// order of elements that compare equal may differ from Go's pdqsort.
// Stable sorts blocks with insertion sort and merges them in place with
// SymMerge, O(n*log(n)) calls to Less and O(n*log(n)*log(n)) calls to Swap.
package sort

import "internal/reflectlite"

// An implementation of Interface can be sorted by the routines in this
// package. The methods refer to elements of the underlying collection by
// integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the
	// element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method.
// It makes one call to data.Len to determine n and O(n*log(n)) calls to
// data.Less and data.Swap. The sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	introSort(data, 0, n, depthLimit(n))
}

// depthLimit returns 2*ceil(lg(n+1)), the quicksort depth past which
// introSort switches to heapsort.
func depthLimit(n int) int {
	d := 0
	for i := n; i > 0; i >>= 1 {
		d++
	}
	return d * 2
}

// introSort sorts data[lo:hi].
func introSort(data Interface, lo, hi, depth int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapSort(data, lo, hi)
			return
		}
		depth--
		p := partition(data, lo, hi)
		// Recurse into the smaller side, loop on the larger one, so the
		// stack stays O(log n) deep.
		if p-lo < hi-p {
			introSort(data, lo, p, depth)
			lo = p + 1
		} else {
			introSort(data, p+1, hi, depth)
			hi = p
		}
	}
	if hi-lo > 1 {
		insertionSort(data, lo, hi)
	}
}

// median returns whichever of the indexes a, b, c holds the median value.
func median(data Interface, a, b, c int) int {
	if data.Less(b, a) {
		a, b = b, a
	}
	// data[a] <= data[b]
	if data.Less(c, b) {
		if data.Less(c, a) {
			return a
		}
		return c
	}
	return b
}

// partition picks a pivot, partitions data[lo:hi] around it and returns
// the pivot's final index p: data[lo:p] <= pivot <= data[p+1:hi].
func partition(data Interface, lo, hi int) int {
	m := int(uint(lo+hi) >> 1)
	var p int
	if hi-lo > 40 {
		// Tukey's ninther.
		s := (hi - lo) / 8
		p = median(data,
			median(data, lo, lo+s, lo+2*s),
			median(data, m-s, m, m+s),
			median(data, hi-1-2*s, hi-1-s, hi-1))
	} else {
		p = median(data, lo, m, hi-1)
	}
	data.Swap(lo, p)
	// The pivot now sits at lo. Both scans stop on elements equal to it,
	// so runs of equal elements split evenly.
	i, j := lo+1, hi-1
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(lo, j)
	return j
}

// insertionSort sorts data[lo:hi].
func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// heapSort sorts data[lo:hi] with a max-heap rooted at lo.
func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, lo)
	}
	for i := n - 1; i > 0; i-- {
		data.Swap(lo, lo+i)
		siftDown(data, 0, i, lo)
	}
}

// siftDown restores the heap property below node root of the heap of n
// elements stored at data[off:off+n].
func siftDown(data Interface, root, n, off int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(off+child, off+child+1) {
			child++
		}
		if !data.Less(off+root, off+child) {
			return
		}
		data.Swap(off+root, off+child)
		root = child
	}
}

// Stable sorts data in ascending order as determined by the Less method,
// while keeping the original order of equal elements.
func Stable(data Interface) {
	n := data.Len()
	const block = 20
	a := 0
	for ; a+block <= n; a += block {
		insertionSort(data, a, a+block)
	}
	insertionSort(data, a, n)
	for size := block; size < n; size *= 2 {
		a = 0
		for ; a+2*size <= n; a += 2 * size {
			symMerge(data, a, a+size, a+2*size)
		}
		if m := a + size; m < n {
			symMerge(data, a, m, n)
		}
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place, stably,
// with the SymMerge algorithm of Pok-Son Kim and Arne Kutzner ("Stable
// Minimum Storage Merging by Symmetric Comparisons", ESA 2004).
func symMerge(data Interface, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if m-a == 1 {
		// Insert data[a] before the first element of data[m:b] that is
		// not less than it.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] after the last element of data[a:m] that is not
		// greater than it.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var lo, hi int
	if m > mid {
		lo, hi = n-b, mid
	} else {
		lo, hi = a, m
	}
	// Find the split: the smallest lo such that data[n-1-lo] < data[lo].
	p := n - 1
	for lo < hi {
		c := int(uint(lo+hi) >> 1)
		if !data.Less(p-c, c) {
			lo = c + 1
		} else {
			hi = c
		}
	}
	end := n - lo
	if lo < m && m < end {
		rotate(data, lo, m, end)
	}
	if a < lo && lo < mid {
		symMerge(data, a, lo, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate exchanges the blocks data[a:m] and data[m:b] (Gries and Mills'
// block-swap rotation).
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

// swapRange swaps data[a+k] and data[b+k] for 0 <= k < n.
func swapRange(data Interface, a, b, n int) {
	for k := 0; k < n; k++ {
		data.Swap(a+k, b+k)
	}
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	// This embedded Interface permits Reverse to use the methods of
	// another Interface implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// lessSwap adapts a slice's less function and swapper to Interface.
type lessSwap struct {
	less func(i, j int) bool
	swap func(i, j int)
	n    int
}

func (s *lessSwap) Len() int           { return s.n }
func (s *lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s *lessSwap) Swap(i, j int)      { s.swap(i, j) }

// Slice sorts the slice x given the provided less function.
// It panics if x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
// For a stable sort, use SliceStable.
func Slice(x any, less func(i, j int) bool) {
	swap := reflectlite.Swapper(x)
	n := reflectlite.Len(x)
	Sort(&lessSwap{less, swap, n})
}

// SliceStable sorts the slice x using the provided less
// function, keeping equal elements in their original order.
// It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	swap := reflectlite.Swapper(x)
	n := reflectlite.Len(x)
	Stable(&lessSwap{less, swap, n})
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := reflectlite.Len(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// IntSlice attaches the methods of Interface to []int, sorting in
// increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice implements Interface for a []float64, sorting in
// increasing order, with not-a-number (NaN) values ordered before other
// values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j], as required by
// the sort Interface. Note that floating-point comparison by itself is not
// a transitive relation: it does not report a consistent ordering for
// not-a-number (NaN) values. This implementation of Less places NaN values
// before any others, by using:
//
//	x[i] < x[j] || (math.IsNaN(x[i]) && !math.IsNaN(x[j]))
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// isNaN is a copy of math.IsNaN to avoid a dependency on the math package.
func isNaN(f float64) bool {
	return f != f
}

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// StringSlice attaches the methods of Interface to []string, sorting in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order.
// Not-a-number (NaN) values are ordered before other values.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether the slice x is sorted in increasing
// order, with not-a-number (NaN) values before any other values.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }
