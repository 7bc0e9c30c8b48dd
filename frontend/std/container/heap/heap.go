// Package heap is gowgc's container/heap: heap operations on any type
// implementing heap.Interface, a min-heap ordered by Less. The sift steps
// compare and swap in the same order as Go's, so elements that compare
// equal end up where Go leaves them.
package heap

import "sort"

// Interface is a sort.Interface with Push and Pop: Push(x) adds x as
// element Len(), Pop removes and returns element Len()-1.
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

// Init establishes the heap invariants. O(n).
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

// Push pushes x onto the heap. O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the minimum element (by Less). O(log n).
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i. O(log n).
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if last != i {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix re-establishes the ordering after the element at index i changed.
// O(log n).
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves element j towards the root while it is less than its
// parent.
func siftUp(h Interface, j int) {
	for j > 0 {
		parent := (j - 1) / 2
		if parent == j || !h.Less(j, parent) {
			break
		}
		h.Swap(parent, j)
		j = parent
	}
}

// siftDown moves element i0 down among the first n elements while a child
// is less than it, and reports whether it moved.
func siftDown(h Interface, i0, n int) bool {
	i := i0
	for {
		left := 2*i + 1
		if left >= n || left < 0 { // left < 0: int overflow
			break
		}
		child := left
		if right := left + 1; right < n && h.Less(right, left) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > i0
}
