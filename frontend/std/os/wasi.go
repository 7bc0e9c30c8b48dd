package os

// The runtime's WASI access (compiler intrinsics: a body-less function
// named rt_NAME is the runtime's $rt_NAME). which is 1 for the program
// arguments, 2 for the environment.
func rt_strings_count(which int32) int32
func rt_strings_len(which, i int32) int32
func rt_strings_byte(which, i, j int32) int32

// strs copies list which out of the runtime.
func strs(which int32) []string {
	n := rt_strings_count(which)
	out := make([]string, n)
	for i := int32(0); i < n; i++ {
		b := make([]byte, rt_strings_len(which, i))
		for j := range b {
			b[j] = byte(rt_strings_byte(which, i, int32(j)))
		}
		out[i] = string(b)
	}
	return out
}

// args returns the command-line arguments, starting with the program name.
func args() []string { return strs(1) }

// getenv returns the value of the environment variable key and whether it
// is set.
func getenv(key string) (string, bool) {
	for _, kv := range strs(2) {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}
