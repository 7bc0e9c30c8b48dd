package bits

// Compiler intrinsics: these functions have no body here; gowgc supplies
// them and maps each to a single WebAssembly instruction (i64.clz, i64.ctz,
// i64.popcnt, i32.clz, i32.ctz, i32.popcnt).

// LeadingZeros64 returns the number of leading zero bits in x; the result is 64 for x == 0.
func LeadingZeros64(x uint64) int

// TrailingZeros64 returns the number of trailing zero bits in x; the result is 64 for x == 0.
func TrailingZeros64(x uint64) int

// OnesCount64 returns the number of one bits ("population count") in x.
func OnesCount64(x uint64) int

// LeadingZeros32 returns the number of leading zero bits in x; the result is 32 for x == 0.
func LeadingZeros32(x uint32) int

// TrailingZeros32 returns the number of trailing zero bits in x; the result is 32 for x == 0.
func TrailingZeros32(x uint32) int

// OnesCount32 returns the number of one bits ("population count") in x.
func OnesCount32(x uint32) int
