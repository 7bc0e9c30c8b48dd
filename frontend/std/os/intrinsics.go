package os

// Compiler intrinsics: these functions have no body here; gowgc supplies
// them on top of WASI (fd_write, proc_exit, args_get, environ_get).

// writeFd writes all of s to file descriptor fd (1: standard output,
// 2: standard error).
func writeFd(fd int, s string)

// exit ends the program at once with the given status; deferred calls do
// not run.
func exit(code int)

