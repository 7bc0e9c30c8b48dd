// Package reflectlite is the sliver of reflection the standard library
// needs (sort.Slice and friends): the length of a slice held in an
// interface value, and a function that swaps two of its elements.
//
// Both functions are compiler intrinsics: they are declared here without a
// body and gowgc supplies them.
package reflectlite

// Len returns the length of the slice x. It panics, as reflect does, if x
// is not a slice.
func Len(x any) int

// Swapper returns a function that swaps the elements in the slice x at
// indexes i and j. It panics, as reflect.Swapper does, if x is not a slice.
func Swapper(x any) func(i, j int)
