;; gowgc runtime: output, number formatting and Go's panic messages.
;;
;; This file holds module *fields* only. A backend pastes it inside its own
;; `(module ...)`, after the import lines of IMPORTS_WAT (see src/lib.rs),
;; and declares `(memory (export "memory") N)` (N >= 1) and `_start` itself.
;; Every name defined here starts with `$rt_`.
;;
;; Linear memory [0, 65536) belongs to this runtime:
;;
;;   0x0000-0x000f   fd_write iovec (ptr at 0, len at 4), nwritten at 8,
;;                   one-byte scratch at 12
;;   0x0040-0x007f   integer text buffer (digits are built right to left,
;;                   ending at 0x80)
;;   0x0080-0x00ff   float text buffer: $rt_fmt_f64 / $rt_fmt_f32 write their
;;                   result at 0x80 (at most 24 bytes)
;;   0x0100-0x010f   hex digits "0123456789abcdef"
;;   0x1000-0x1f3f   left-shift cheat table of Go's strconv/decimal.go:
;;                   entry k (0..60) at 0x1000 + 64*k: delta byte, then the
;;                   NUL-terminated decimal digits of 5^k
;;   0x2000-0x27ff   message strings, NUL-terminated, 128-byte slots
;;   0x2800-0x2c7f   Go's boundsErrorFmts, code c at 0x2800 + 128*c (c 0..8)
;;   0x3000-0x33ff   Go's boundsNegErrorFmts, code c at 0x3000 + 128*c (c 0..7)
;;   0x4000-0x5fff   stdout buffer (8 KiB), fill level in $rt_out_len
;;   0x6000-0x6bff   three multiprecision decimals for float formatting,
;;                   1 KiB each (d 0x6000, upper 0x6400, lower 0x6800);
;;                   layout: nd i32 at +0, dp i32 at +4, trunc i32 at +8,
;;                   ASCII digits at +16 (800 of them, as Go's decimal.d)
;;   0x6c00-0x6fff   reserved
;;   0x7000-0xefff   program arguments or environment, as WASI gives them:
;;                   the pointer array, then the NUL-terminated strings
;;                   ($rt_strings_load; whichever was asked for last)
;;   0xf000-0xffff   standard input chunk ($rt_read)

  ;; ------------------------------------------------------------------
  ;; Constant data
  ;; ------------------------------------------------------------------

  (data (i32.const 0x100) "0123456789abcdef")

  (data (i32.const 0x2000) "panic: \00")
  (data (i32.const 0x2080) "\n\ngoroutine 1 [running]:\n\00")
  (data (i32.const 0x2100) "runtime error: \00")
  (data (i32.const 0x2180) "integer divide by zero\00")
  (data (i32.const 0x2200) "invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\00")
  (data (i32.const 0x2280) "negative shift amount\00")
  (data (i32.const 0x2300) "makeslice: len out of range\00")
  (data (i32.const 0x2380) "makeslice: cap out of range\00")
  (data (i32.const 0x2400) "fatal error: \00")
  (data (i32.const 0x2480) "runtime: out of memory\00")
  (data (i32.const 0x2500) "true\00")
  (data (i32.const 0x2580) "false\00")
  (data (i32.const 0x2600) "NaN\00")
  (data (i32.const 0x2680) "+Inf\00")
  (data (i32.const 0x2700) "-Inf\00")

  ;; runtime/error.go boundsErrorFmts, indexed by abi.BoundsErrorCode
  (data (i32.const 0x2800) "index out of range [%x] with length %y\00")
  (data (i32.const 0x2880) "slice bounds out of range [:%x] with length %y\00")
  (data (i32.const 0x2900) "slice bounds out of range [:%x] with capacity %y\00")
  (data (i32.const 0x2980) "slice bounds out of range [%x:%y]\00")
  (data (i32.const 0x2a00) "slice bounds out of range [::%x] with length %y\00")
  (data (i32.const 0x2a80) "slice bounds out of range [::%x] with capacity %y\00")
  (data (i32.const 0x2b00) "slice bounds out of range [:%x:%y]\00")
  (data (i32.const 0x2b80) "slice bounds out of range [%x:%y:]\00")
  (data (i32.const 0x2c00) "cannot convert slice with length %y to array or pointer to array with length %x\00")
  ;; runtime/error.go boundsNegErrorFmts (used when x is signed and negative)
  (data (i32.const 0x3000) "index out of range [%x]\00")
  (data (i32.const 0x3080) "slice bounds out of range [:%x]\00")
  (data (i32.const 0x3100) "slice bounds out of range [:%x]\00")
  (data (i32.const 0x3180) "slice bounds out of range [%x:]\00")
  (data (i32.const 0x3200) "slice bounds out of range [::%x]\00")
  (data (i32.const 0x3280) "slice bounds out of range [::%x]\00")
  (data (i32.const 0x3300) "slice bounds out of range [:%x:]\00")
  (data (i32.const 0x3380) "slice bounds out of range [%x::]\00")

  ;; strconv/decimal.go leftcheats: delta, then the digits of 5^k.
  (data (i32.const 4096) "\00")  ;; k=0
  (data (i32.const 4160) "\015")  ;; k=1
  (data (i32.const 4224) "\0125")  ;; k=2
  (data (i32.const 4288) "\01125")  ;; k=3
  (data (i32.const 4352) "\02625")  ;; k=4
  (data (i32.const 4416) "\023125")  ;; k=5
  (data (i32.const 4480) "\0215625")  ;; k=6
  (data (i32.const 4544) "\0378125")  ;; k=7
  (data (i32.const 4608) "\03390625")  ;; k=8
  (data (i32.const 4672) "\031953125")  ;; k=9
  (data (i32.const 4736) "\049765625")  ;; k=10
  (data (i32.const 4800) "\0448828125")  ;; k=11
  (data (i32.const 4864) "\04244140625")  ;; k=12
  (data (i32.const 4928) "\041220703125")  ;; k=13
  (data (i32.const 4992) "\056103515625")  ;; k=14
  (data (i32.const 5056) "\0530517578125")  ;; k=15
  (data (i32.const 5120) "\05152587890625")  ;; k=16
  (data (i32.const 5184) "\06762939453125")  ;; k=17
  (data (i32.const 5248) "\063814697265625")  ;; k=18
  (data (i32.const 5312) "\0619073486328125")  ;; k=19
  (data (i32.const 5376) "\0795367431640625")  ;; k=20
  (data (i32.const 5440) "\07476837158203125")  ;; k=21
  (data (i32.const 5504) "\072384185791015625")  ;; k=22
  (data (i32.const 5568) "\0711920928955078125")  ;; k=23
  (data (i32.const 5632) "\0859604644775390625")  ;; k=24
  (data (i32.const 5696) "\08298023223876953125")  ;; k=25
  (data (i32.const 5760) "\081490116119384765625")  ;; k=26
  (data (i32.const 5824) "\097450580596923828125")  ;; k=27
  (data (i32.const 5888) "\0937252902984619140625")  ;; k=28
  (data (i32.const 5952) "\09186264514923095703125")  ;; k=29
  (data (i32.const 6016) "\0a931322574615478515625")  ;; k=30
  (data (i32.const 6080) "\0a4656612873077392578125")  ;; k=31
  (data (i32.const 6144) "\0a23283064365386962890625")  ;; k=32
  (data (i32.const 6208) "\0a116415321826934814453125")  ;; k=33
  (data (i32.const 6272) "\0b582076609134674072265625")  ;; k=34
  (data (i32.const 6336) "\0b2910383045673370361328125")  ;; k=35
  (data (i32.const 6400) "\0b14551915228366851806640625")  ;; k=36
  (data (i32.const 6464) "\0c72759576141834259033203125")  ;; k=37
  (data (i32.const 6528) "\0c363797880709171295166015625")  ;; k=38
  (data (i32.const 6592) "\0c1818989403545856475830078125")  ;; k=39
  (data (i32.const 6656) "\0d9094947017729282379150390625")  ;; k=40
  (data (i32.const 6720) "\0d45474735088646411895751953125")  ;; k=41
  (data (i32.const 6784) "\0d227373675443232059478759765625")  ;; k=42
  (data (i32.const 6848) "\0d1136868377216160297393798828125")  ;; k=43
  (data (i32.const 6912) "\0e5684341886080801486968994140625")  ;; k=44
  (data (i32.const 6976) "\0e28421709430404007434844970703125")  ;; k=45
  (data (i32.const 7040) "\0e142108547152020037174224853515625")  ;; k=46
  (data (i32.const 7104) "\0f710542735760100185871124267578125")  ;; k=47
  (data (i32.const 7168) "\0f3552713678800500929355621337890625")  ;; k=48
  (data (i32.const 7232) "\0f17763568394002504646778106689453125")  ;; k=49
  (data (i32.const 7296) "\1088817841970012523233890533447265625")  ;; k=50
  (data (i32.const 7360) "\10444089209850062616169452667236328125")  ;; k=51
  (data (i32.const 7424) "\102220446049250313080847263336181640625")  ;; k=52
  (data (i32.const 7488) "\1011102230246251565404236316680908203125")  ;; k=53
  (data (i32.const 7552) "\1155511151231257827021181583404541015625")  ;; k=54
  (data (i32.const 7616) "\11277555756156289135105907917022705078125")  ;; k=55
  (data (i32.const 7680) "\111387778780781445675529539585113525390625")  ;; k=56
  (data (i32.const 7744) "\126938893903907228377647697925567626953125")  ;; k=57
  (data (i32.const 7808) "\1234694469519536141888238489627838134765625")  ;; k=58
  (data (i32.const 7872) "\12173472347597680709441192448139190673828125")  ;; k=59
  (data (i32.const 7936) "\13867361737988403547205962240695953369140625")  ;; k=60

  ;; ------------------------------------------------------------------
  ;; Output
  ;; ------------------------------------------------------------------

  ;; Bytes waiting in the stdout buffer at 0x4000.
  (global $rt_out_len (mut i32) (i32.const 0))

  ;; fd_write until everything is written; gives up on an error or on a
  ;; write that makes no progress (there is nobody to report it to).
  (func $rt_write_all (param $fd i32) (param $ptr i32) (param $len i32)
    (local $n i32)
    (block $done
      (loop $again
        (br_if $done (i32.eqz (local.get $len)))
        (i32.store (i32.const 0) (local.get $ptr))
        (i32.store (i32.const 4) (local.get $len))
        (br_if $done
          (call $rt_fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8)))
        (local.set $n (i32.load (i32.const 8)))
        (br_if $done (i32.eqz (local.get $n)))
        (br_if $done (i32.gt_u (local.get $n) (local.get $len)))
        (local.set $ptr (i32.add (local.get $ptr) (local.get $n)))
        (local.set $len (i32.sub (local.get $len) (local.get $n)))
        (br $again))))

  ;; Write out the stdout buffer.
  (func $rt_flush (export "gowgc.flush")
    (if (global.get $rt_out_len)
      (then
        (call $rt_write_all (i32.const 1) (i32.const 0x4000) (global.get $rt_out_len))
        (global.set $rt_out_len (i32.const 0)))))

  ;; Write len bytes at ptr to fd. fd 1 is buffered; anything else flushes
  ;; stdout first and is written at once.
  (func $rt_write (param $fd i32) (param $ptr i32) (param $len i32)
    (if (i32.eq (local.get $fd) (i32.const 1))
      (then
        (if (i32.gt_u (local.get $len)
                      (i32.sub (i32.const 8192) (global.get $rt_out_len)))
          (then
            (call $rt_flush)
            (if (i32.ge_u (local.get $len) (i32.const 8192))
              (then
                (call $rt_write_all (i32.const 1) (local.get $ptr) (local.get $len))
                (return)))))
        (memory.copy
          (i32.add (i32.const 0x4000) (global.get $rt_out_len))
          (local.get $ptr)
          (local.get $len))
        (global.set $rt_out_len (i32.add (global.get $rt_out_len) (local.get $len)))
        (return)))
    (call $rt_flush)
    (call $rt_write_all (local.get $fd) (local.get $ptr) (local.get $len)))

  (func $rt_write_byte (param $fd i32) (param $b i32)
    (if (i32.and (i32.eq (local.get $fd) (i32.const 1))
                 (i32.lt_u (global.get $rt_out_len) (i32.const 8192)))
      (then
        (i32.store8 (i32.add (i32.const 0x4000) (global.get $rt_out_len)) (local.get $b))
        (global.set $rt_out_len (i32.add (global.get $rt_out_len) (i32.const 1)))
        (return)))
    (i32.store8 (i32.const 12) (local.get $b))
    (call $rt_write (local.get $fd) (i32.const 12) (i32.const 1)))

  ;; Write the NUL-terminated string at p (runtime constants only).
  (func $rt_write_cstr (param $fd i32) (param $p i32)
    (local $e i32)
    (local.set $e (local.get $p))
    (block $done
      (loop $scan
        (br_if $done (i32.eqz (i32.load8_u (local.get $e))))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $scan)))
    (call $rt_write (local.get $fd) (local.get $p) (i32.sub (local.get $e) (local.get $p))))

  ;; Go's runtime printindented: write the bytes, each "\n" followed by "\t".
  (func $rt_write_indented (param $fd i32) (param $ptr i32) (param $len i32)
    (local $start i32) (local $end i32) (local $i i32)
    (local.set $start (local.get $ptr))
    (local.set $i (local.get $ptr))
    (local.set $end (i32.add (local.get $ptr) (local.get $len)))
    (block $done
      (loop $scan
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (if (i32.eq (i32.load8_u offset=0 (i32.sub (local.get $i) (i32.const 1))) (i32.const 10))
          (then
            (call $rt_write (local.get $fd) (local.get $start)
                  (i32.sub (local.get $i) (local.get $start)))
            (call $rt_write_byte (local.get $fd) (i32.const 9))
            (local.set $start (local.get $i))))
        (br $scan)))
    (call $rt_write (local.get $fd) (local.get $start) (i32.sub (local.get $end) (local.get $start))))

  ;; ------------------------------------------------------------------
  ;; Integers and booleans
  ;; ------------------------------------------------------------------

  ;; Decimal digits of unsigned v, placed so that they end just before end;
  ;; returns the address of the first digit.
  (func $rt_fmt_u64 (param $v i64) (param $end i32) (result i32)
    (loop $digit
      (local.set $end (i32.sub (local.get $end) (i32.const 1)))
      (i32.store8 (local.get $end)
        (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $v) (i64.const 10)))))
      (local.set $v (i64.div_u (local.get $v) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $v) (i64.const 0))))
    (local.get $end))

  (func $rt_write_u64 (param $fd i32) (param $v i64)
    (local $p i32)
    (local.set $p (call $rt_fmt_u64 (local.get $v) (i32.const 0x80)))
    (call $rt_write (local.get $fd) (local.get $p) (i32.sub (i32.const 0x80) (local.get $p))))

  (func $rt_write_i64 (param $fd i32) (param $v i64)
    (local $p i32)
    (if (i64.lt_s (local.get $v) (i64.const 0))
      (then
        ;; 0 - MinInt64 wraps to MinInt64, whose unsigned value is right.
        (local.set $p
          (call $rt_fmt_u64 (i64.sub (i64.const 0) (local.get $v)) (i32.const 0x80)))
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (i32.store8 (local.get $p) (i32.const 45)))
      (else
        (local.set $p (call $rt_fmt_u64 (local.get $v) (i32.const 0x80)))))
    (call $rt_write (local.get $fd) (local.get $p) (i32.sub (i32.const 0x80) (local.get $p))))

  ;; "0x" + lowercase hex digits, as Go's runtime printhex ("0x0" for 0).
  (func $rt_write_hex (param $fd i32) (param $v i64)
    (local $p i32)
    (local.set $p (i32.const 0x80))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p)
        (i32.load8_u offset=0x100 (i32.wrap_i64 (i64.and (local.get $v) (i64.const 15)))))
      (local.set $v (i64.shr_u (local.get $v) (i64.const 4)))
      (br_if $digit (i64.ne (local.get $v) (i64.const 0))))
    (local.set $p (i32.sub (local.get $p) (i32.const 2)))
    (i32.store8 (local.get $p) (i32.const 48))
    (i32.store8 offset=1 (local.get $p) (i32.const 120))
    (call $rt_write (local.get $fd) (local.get $p) (i32.sub (i32.const 0x80) (local.get $p))))

  (func $rt_write_bool (param $fd i32) (param $v i32)
    (call $rt_write_cstr (local.get $fd)
      (select (i32.const 0x2500) (i32.const 0x2580) (local.get $v))))

  ;; ------------------------------------------------------------------
  ;; Multiprecision decimal (Go's strconv/decimal.go, exactly)
  ;; A decimal at address a: nd at a+0, dp at a+4, trunc at a+8, the ASCII
  ;; digits d[0..800) at a+16.
  ;; ------------------------------------------------------------------

  (func $rt_dec_trim (param $a i32)
    (local $nd i32)
    (local.set $nd (i32.load (local.get $a)))
    (block $done
      (loop $strip
        (br_if $done (i32.le_s (local.get $nd) (i32.const 0)))
        (br_if $done
          (i32.ne (i32.load8_u offset=15 (i32.add (local.get $a) (local.get $nd)))
                  (i32.const 48)))
        (local.set $nd (i32.sub (local.get $nd) (i32.const 1)))
        (br $strip)))
    (i32.store (local.get $a) (local.get $nd))
    (if (i32.eqz (local.get $nd))
      (then (i32.store offset=4 (local.get $a) (i32.const 0)))))

  ;; a = v (a fresh decimal: trunc cleared).
  (func $rt_dec_assign (param $a i32) (param $v i64)
    (local $n i32) (local $i i32) (local $j i32) (local $t i32)
    ;; reversed digits
    (block $done
      (loop $digit
        (br_if $done (i64.eqz (local.get $v)))
        (i32.store8 offset=16 (i32.add (local.get $a) (local.get $n))
          (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $v) (i64.const 10)))))
        (local.set $v (i64.div_u (local.get $v) (i64.const 10)))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $digit)))
    ;; reverse them in place
    (local.set $j (i32.sub (local.get $n) (i32.const 1)))
    (block $done
      (loop $swap
        (br_if $done (i32.ge_s (local.get $i) (local.get $j)))
        (local.set $t (i32.load8_u offset=16 (i32.add (local.get $a) (local.get $i))))
        (i32.store8 offset=16 (i32.add (local.get $a) (local.get $i))
          (i32.load8_u offset=16 (i32.add (local.get $a) (local.get $j))))
        (i32.store8 offset=16 (i32.add (local.get $a) (local.get $j)) (local.get $t))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $j (i32.sub (local.get $j) (i32.const 1)))
        (br $swap)))
    (i32.store (local.get $a) (local.get $n))
    (i32.store offset=4 (local.get $a) (local.get $n))
    (i32.store offset=8 (local.get $a) (i32.const 0))
    (call $rt_dec_trim (local.get $a)))

  ;; Binary shift right (/ 2) by k bits, 1 <= k <= 60 (Go's rightShift).
  (func $rt_dec_rshift (param $a i32) (param $k i32)
    (local $r i32) (local $w i32) (local $nd i32) (local $c i32)
    (local $n i64) (local $k64 i64) (local $mask i64) (local $dig i64)
    (local.set $nd (i32.load (local.get $a)))
    (local.set $k64 (i64.extend_i32_u (local.get $k)))
    ;; Pick up enough leading digits to cover the first shift.
    (block $picked
      (loop $pick
        (br_if $picked
          (i64.ne (i64.shr_u (local.get $n) (local.get $k64)) (i64.const 0)))
        (if (i32.ge_s (local.get $r) (local.get $nd))
          (then
            (if (i64.eqz (local.get $n))
              (then
                ;; a == 0; shouldn't get here, but handle anyway.
                (i32.store (local.get $a) (i32.const 0))
                (return)))
            (block $enough
              (loop $more
                (br_if $enough
                  (i64.ne (i64.shr_u (local.get $n) (local.get $k64)) (i64.const 0)))
                (local.set $n (i64.mul (local.get $n) (i64.const 10)))
                (local.set $r (i32.add (local.get $r) (i32.const 1)))
                (br $more)))
            (br $picked)))
        (local.set $n
          (i64.add (i64.mul (local.get $n) (i64.const 10))
            (i64.extend_i32_u
              (i32.sub (i32.load8_u offset=16 (i32.add (local.get $a) (local.get $r)))
                       (i32.const 48)))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $pick)))
    (i32.store offset=4 (local.get $a)
      (i32.sub (i32.load offset=4 (local.get $a)) (i32.sub (local.get $r) (i32.const 1))))
    (local.set $mask (i64.sub (i64.shl (i64.const 1) (local.get $k64)) (i64.const 1)))
    ;; Pick up a digit, put down a digit.
    (block $done
      (loop $step
        (br_if $done (i32.ge_s (local.get $r) (local.get $nd)))
        (local.set $c (i32.load8_u offset=16 (i32.add (local.get $a) (local.get $r))))
        (local.set $dig (i64.shr_u (local.get $n) (local.get $k64)))
        (local.set $n (i64.and (local.get $n) (local.get $mask)))
        (i32.store8 offset=16 (i32.add (local.get $a) (local.get $w))
          (i32.add (i32.wrap_i64 (local.get $dig)) (i32.const 48)))
        (local.set $w (i32.add (local.get $w) (i32.const 1)))
        (local.set $n
          (i64.add (i64.mul (local.get $n) (i64.const 10))
                   (i64.extend_i32_u (i32.sub (local.get $c) (i32.const 48)))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $step)))
    ;; Put down extra digits.
    (block $done
      (loop $extra
        (br_if $done (i64.eqz (local.get $n)))
        (local.set $dig (i64.shr_u (local.get $n) (local.get $k64)))
        (local.set $n (i64.and (local.get $n) (local.get $mask)))
        (if (i32.lt_s (local.get $w) (i32.const 800))
          (then
            (i32.store8 offset=16 (i32.add (local.get $a) (local.get $w))
              (i32.add (i32.wrap_i64 (local.get $dig)) (i32.const 48)))
            (local.set $w (i32.add (local.get $w) (i32.const 1))))
          (else
            (if (i64.ne (local.get $dig) (i64.const 0))
              (then (i32.store offset=8 (local.get $a) (i32.const 1))))))
        (local.set $n (i64.mul (local.get $n) (i64.const 10)))
        (br $extra)))
    (i32.store (local.get $a) (local.get $w))
    (call $rt_dec_trim (local.get $a)))

  ;; Binary shift left (* 2) by k bits, 1 <= k <= 60 (Go's leftShift).
  (func $rt_dec_lshift (param $a i32) (param $k i32)
    (local $cheat i32) (local $delta i32) (local $nd i32) (local $i i32)
    (local $b i32) (local $s i32) (local $r i32) (local $w i32)
    (local $n i64) (local $k64 i64) (local $quo i64) (local $rem i64)
    (local.set $nd (i32.load (local.get $a)))
    (local.set $k64 (i64.extend_i32_u (local.get $k)))
    (local.set $cheat (i32.add (i32.const 0x1000) (i32.shl (local.get $k) (i32.const 6))))
    (local.set $delta (i32.load8_u (local.get $cheat)))
    ;; if prefixIsLessThan(a.d[0:a.nd], cutoff) { delta-- }
    (block $notless
      (block $less
        (loop $cmp
          (local.set $s (i32.load8_u offset=1 (i32.add (local.get $cheat) (local.get $i))))
          (br_if $notless (i32.eqz (local.get $s)))
          (br_if $less (i32.ge_s (local.get $i) (local.get $nd)))
          (local.set $b (i32.load8_u offset=16 (i32.add (local.get $a) (local.get $i))))
          (if (i32.ne (local.get $b) (local.get $s))
            (then
              (br_if $less (i32.lt_u (local.get $b) (local.get $s)))
              (br $notless)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $cmp)))
      (local.set $delta (i32.sub (local.get $delta) (i32.const 1))))
    (local.set $r (local.get $nd))
    (local.set $w (i32.add (local.get $nd) (local.get $delta)))
    ;; Pick up a digit, put down a digit.
    (block $done
      (loop $step
        (local.set $r (i32.sub (local.get $r) (i32.const 1)))
        (br_if $done (i32.lt_s (local.get $r) (i32.const 0)))
        (local.set $n
          (i64.add (local.get $n)
            (i64.shl
              (i64.extend_i32_u
                (i32.sub (i32.load8_u offset=16 (i32.add (local.get $a) (local.get $r)))
                         (i32.const 48)))
              (local.get $k64))))
        (local.set $quo (i64.div_u (local.get $n) (i64.const 10)))
        (local.set $rem (i64.sub (local.get $n) (i64.mul (local.get $quo) (i64.const 10))))
        (local.set $w (i32.sub (local.get $w) (i32.const 1)))
        (if (i32.lt_s (local.get $w) (i32.const 800))
          (then
            (i32.store8 offset=16 (i32.add (local.get $a) (local.get $w))
              (i32.add (i32.wrap_i64 (local.get $rem)) (i32.const 48))))
          (else
            (if (i64.ne (local.get $rem) (i64.const 0))
              (then (i32.store offset=8 (local.get $a) (i32.const 1))))))
        (local.set $n (local.get $quo))
        (br $step)))
    ;; Put down extra digits.
    (block $done
      (loop $extra
        (br_if $done (i64.eqz (local.get $n)))
        (local.set $quo (i64.div_u (local.get $n) (i64.const 10)))
        (local.set $rem (i64.sub (local.get $n) (i64.mul (local.get $quo) (i64.const 10))))
        (local.set $w (i32.sub (local.get $w) (i32.const 1)))
        (if (i32.lt_s (local.get $w) (i32.const 800))
          (then
            (i32.store8 offset=16 (i32.add (local.get $a) (local.get $w))
              (i32.add (i32.wrap_i64 (local.get $rem)) (i32.const 48))))
          (else
            (if (i64.ne (local.get $rem) (i64.const 0))
              (then (i32.store offset=8 (local.get $a) (i32.const 1))))))
        (local.set $n (local.get $quo))
        (br $extra)))
    (local.set $nd (i32.add (local.get $nd) (local.get $delta)))
    (if (i32.ge_s (local.get $nd) (i32.const 800))
      (then (local.set $nd (i32.const 800))))
    (i32.store (local.get $a) (local.get $nd))
    (i32.store offset=4 (local.get $a)
      (i32.add (i32.load offset=4 (local.get $a)) (local.get $delta)))
    (call $rt_dec_trim (local.get $a)))

  ;; Binary shift left (k > 0) or right (k < 0).
  (func $rt_dec_shift (param $a i32) (param $k i32)
    (if (i32.eqz (i32.load (local.get $a))) (then (return)))
    (if (i32.gt_s (local.get $k) (i32.const 0))
      (then
        (block $done
          (loop $big
            (br_if $done (i32.le_s (local.get $k) (i32.const 60)))
            (call $rt_dec_lshift (local.get $a) (i32.const 60))
            (local.set $k (i32.sub (local.get $k) (i32.const 60)))
            (br $big)))
        (call $rt_dec_lshift (local.get $a) (local.get $k))
        (return)))
    (if (i32.lt_s (local.get $k) (i32.const 0))
      (then
        (block $done
          (loop $big
            (br_if $done (i32.ge_s (local.get $k) (i32.const -60)))
            (call $rt_dec_rshift (local.get $a) (i32.const 60))
            (local.set $k (i32.add (local.get $k) (i32.const 60)))
            (br $big)))
        (call $rt_dec_rshift (local.get $a) (i32.sub (i32.const 0) (local.get $k))))))

  ;; If we chop a at nd digits, should we round up?
  (func $rt_dec_should_round_up (param $a i32) (param $nd i32) (result i32)
    (local $c i32)
    (if (i32.or (i32.lt_s (local.get $nd) (i32.const 0))
                (i32.ge_s (local.get $nd) (i32.load (local.get $a))))
      (then (return (i32.const 0))))
    (local.set $c (i32.load8_u offset=16 (i32.add (local.get $a) (local.get $nd))))
    (if (i32.and (i32.eq (local.get $c) (i32.const 53))
                 (i32.eq (i32.add (local.get $nd) (i32.const 1)) (i32.load (local.get $a))))
      (then
        ;; exactly halfway - round to even
        (if (i32.load offset=8 (local.get $a)) (then (return (i32.const 1))))
        (if (i32.le_s (local.get $nd) (i32.const 0)) (then (return (i32.const 0))))
        (return
          (i32.and
            (i32.sub (i32.load8_u offset=15 (i32.add (local.get $a) (local.get $nd)))
                     (i32.const 48))
            (i32.const 1)))))
    (i32.ge_u (local.get $c) (i32.const 53)))

  (func $rt_dec_round_down (param $a i32) (param $nd i32)
    (if (i32.or (i32.lt_s (local.get $nd) (i32.const 0))
                (i32.ge_s (local.get $nd) (i32.load (local.get $a))))
      (then (return)))
    (i32.store (local.get $a) (local.get $nd))
    (call $rt_dec_trim (local.get $a)))

  (func $rt_dec_round_up (param $a i32) (param $nd i32)
    (local $i i32) (local $c i32)
    (if (i32.or (i32.lt_s (local.get $nd) (i32.const 0))
                (i32.ge_s (local.get $nd) (i32.load (local.get $a))))
      (then (return)))
    (local.set $i (i32.sub (local.get $nd) (i32.const 1)))
    (block $done
      (loop $carry
        (br_if $done (i32.lt_s (local.get $i) (i32.const 0)))
        (local.set $c (i32.load8_u offset=16 (i32.add (local.get $a) (local.get $i))))
        (if (i32.lt_u (local.get $c) (i32.const 57))
          (then
            (i32.store8 offset=16 (i32.add (local.get $a) (local.get $i))
              (i32.add (local.get $c) (i32.const 1)))
            (i32.store (local.get $a) (i32.add (local.get $i) (i32.const 1)))
            (return)))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (br $carry)))
    ;; Number is all 9s: change to single 1 with adjusted decimal point.
    (i32.store8 offset=16 (local.get $a) (i32.const 49))
    (i32.store (local.get $a) (i32.const 1))
    (i32.store offset=4 (local.get $a) (i32.add (i32.load offset=4 (local.get $a)) (i32.const 1))))

  (func $rt_dec_round (param $a i32) (param $nd i32)
    (if (i32.or (i32.lt_s (local.get $nd) (i32.const 0))
                (i32.ge_s (local.get $nd) (i32.load (local.get $a))))
      (then (return)))
    (if (call $rt_dec_should_round_up (local.get $a) (local.get $nd))
      (then (call $rt_dec_round_up (local.get $a) (local.get $nd)))
      (else (call $rt_dec_round_down (local.get $a) (local.get $nd)))))

  ;; ------------------------------------------------------------------
  ;; Floats: Go's strconv ftoa, shortest 'g' (what fmt's %v and the
  ;; print/println builtins print), computed with the exact decimal path.
  ;; ------------------------------------------------------------------

  ;; Round the decimal at 0x6000 (= mant << (exp - mantbits)) to the shortest
  ;; number of digits that still reads back as the same float (Go's
  ;; roundShortest). Uses the decimals at 0x6400 (upper) and 0x6800 (lower).
  (func $rt_round_shortest (param $mant i64) (param $exp i32) (param $mantbits i32) (param $bias i32)
    (local $minexp i32) (local $mantlo i64) (local $explo i32)
    (local $inclusive i32) (local $upperdelta i32)
    (local $ui i32) (local $mi i32) (local $li i32)
    (local $l i32) (local $m i32) (local $u i32) (local $okdown i32) (local $okup i32)
    (local $dnd i32) (local $ddp i32) (local $und i32) (local $udp i32) (local $lnd i32) (local $ldp i32)
    (local.set $minexp (i32.add (local.get $bias) (i32.const 1)))
    (local.set $dnd (i32.load (i32.const 0x6000)))
    (local.set $ddp (i32.load offset=4 (i32.const 0x6000)))
    ;; The number is already shortest if 10^(dp-nd) > 2^(exp-mantbits).
    (if (i32.and
          (i32.gt_s (local.get $exp) (local.get $minexp))
          (i32.ge_s (i32.mul (i32.const 332) (i32.sub (local.get $ddp) (local.get $dnd)))
                    (i32.mul (i32.const 100) (i32.sub (local.get $exp) (local.get $mantbits)))))
      (then (return)))
    ;; upper = (2*mant+1) << (exp - mantbits - 1)
    (call $rt_dec_assign (i32.const 0x6400)
      (i64.add (i64.shl (local.get $mant) (i64.const 1)) (i64.const 1)))
    (call $rt_dec_shift (i32.const 0x6400)
      (i32.sub (i32.sub (local.get $exp) (local.get $mantbits)) (i32.const 1)))
    ;; lower = (2*mantlo+1) << (explo - mantbits - 1)
    (if (i32.or
          (i64.gt_u (local.get $mant)
                    (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $mantbits))))
          (i32.eq (local.get $exp) (local.get $minexp)))
      (then
        (local.set $mantlo (i64.sub (local.get $mant) (i64.const 1)))
        (local.set $explo (local.get $exp)))
      (else
        (local.set $mantlo (i64.sub (i64.shl (local.get $mant) (i64.const 1)) (i64.const 1)))
        (local.set $explo (i32.sub (local.get $exp) (i32.const 1)))))
    (call $rt_dec_assign (i32.const 0x6800)
      (i64.add (i64.shl (local.get $mantlo) (i64.const 1)) (i64.const 1)))
    (call $rt_dec_shift (i32.const 0x6800)
      (i32.sub (i32.sub (local.get $explo) (local.get $mantbits)) (i32.const 1)))
    ;; The bounds are possible outputs only if the mantissa is even.
    (local.set $inclusive (i64.eqz (i64.and (local.get $mant) (i64.const 1))))
    (local.set $und (i32.load (i32.const 0x6400)))
    (local.set $udp (i32.load offset=4 (i32.const 0x6400)))
    (local.set $lnd (i32.load (i32.const 0x6800)))
    (local.set $ldp (i32.load offset=4 (i32.const 0x6800)))
    (loop $walk
      (local.set $mi (i32.add (i32.sub (local.get $ui) (local.get $udp)) (local.get $ddp)))
      (if (i32.ge_s (local.get $mi) (local.get $dnd)) (then (return)))
      (local.set $li (i32.add (i32.sub (local.get $ui) (local.get $udp)) (local.get $ldp)))
      (local.set $l (i32.const 48))
      (if (i32.and (i32.ge_s (local.get $li) (i32.const 0))
                   (i32.lt_s (local.get $li) (local.get $lnd)))
        (then (local.set $l (i32.load8_u offset=0x6810 (local.get $li)))))
      (local.set $m (i32.const 48))
      (if (i32.ge_s (local.get $mi) (i32.const 0))
        (then (local.set $m (i32.load8_u offset=0x6010 (local.get $mi)))))
      (local.set $u (i32.const 48))
      (if (i32.lt_s (local.get $ui) (local.get $und))
        (then (local.set $u (i32.load8_u offset=0x6410 (local.get $ui)))))
      ;; Okay to round down (truncate) if lower has a different digit or if
      ;; lower is inclusive and is exactly the result of rounding down.
      (local.set $okdown
        (i32.or (i32.ne (local.get $l) (local.get $m))
                (i32.and (local.get $inclusive)
                         (i32.eq (i32.add (local.get $li) (i32.const 1)) (local.get $lnd)))))
      (block $delta
        (if (i32.eqz (local.get $upperdelta))
          (then
            (if (i32.lt_u (i32.add (local.get $m) (i32.const 1)) (local.get $u))
              (then (local.set $upperdelta (i32.const 2)) (br $delta)))
            (if (i32.ne (local.get $m) (local.get $u))
              (then (local.set $upperdelta (i32.const 1))))
            (br $delta)))
        (if (i32.eq (local.get $upperdelta) (i32.const 1))
          (then
            (if (i32.or (i32.ne (local.get $m) (i32.const 57))
                        (i32.ne (local.get $u) (i32.const 48)))
              (then (local.set $upperdelta (i32.const 2)))))))
      ;; Okay to round up if upper has a different digit and either upper is
      ;; inclusive or upper is bigger than the result of rounding up.
      (local.set $okup
        (i32.and
          (i32.ne (local.get $upperdelta) (i32.const 0))
          (i32.or
            (i32.or (local.get $inclusive)
                    (i32.gt_u (local.get $upperdelta) (i32.const 1)))
            (i32.lt_s (i32.add (local.get $ui) (i32.const 1)) (local.get $und)))))
      (if (i32.and (local.get $okdown) (local.get $okup))
        (then
          (call $rt_dec_round (i32.const 0x6000) (i32.add (local.get $mi) (i32.const 1)))
          (return)))
      (if (local.get $okdown)
        (then
          (call $rt_dec_round_down (i32.const 0x6000) (i32.add (local.get $mi) (i32.const 1)))
          (return)))
      (if (local.get $okup)
        (then
          (call $rt_dec_round_up (i32.const 0x6000) (i32.add (local.get $mi) (i32.const 1)))
          (return)))
      (local.set $ui (i32.add (local.get $ui) (i32.const 1)))
      (br $walk)))

  ;; Format a float given its raw bits (in the low bits of $bits) and its
  ;; parameters (float64: 52, 11, -1023; float32: 23, 8, -127) as Go's
  ;; strconv.FormatFloat(f, 'g', -1, size) does. The text is written at 0x80;
  ;; returns its length (at most 24).
  (func $rt_fmt_float (param $bits i64) (param $mantbits i32) (param $expbits i32) (param $bias i32) (result i32)
    (local $exp i32) (local $expmax i32) (local $mant i64) (local $p i32)
    (local $nd i32) (local $dp i32) (local $x i32) (local $m i32)
    (local.set $p (i32.const 0x80))
    (local.set $expmax (i32.sub (i32.shl (i32.const 1) (local.get $expbits)) (i32.const 1)))
    (local.set $exp
      (i32.and (i32.wrap_i64 (i64.shr_u (local.get $bits) (i64.extend_i32_u (local.get $mantbits))))
               (local.get $expmax)))
    (local.set $mant
      (i64.and (local.get $bits)
        (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $mantbits))) (i64.const 1))))
    ;; sign
    (if (i64.ne (i64.and (i64.shr_u (local.get $bits)
                                    (i64.extend_i32_u (i32.add (local.get $expbits) (local.get $mantbits))))
                         (i64.const 1))
                (i64.const 0))
      (then
        (i32.store8 (local.get $p) (i32.const 45))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))))
    (if (i32.eq (local.get $exp) (local.get $expmax))
      (then
        (if (i64.ne (local.get $mant) (i64.const 0))
          (then
            (memory.copy (i32.const 0x80) (i32.const 0x2600) (i32.const 3))
            (return (i32.const 3))))
        (memory.copy (i32.const 0x80)
          (select (i32.const 0x2700) (i32.const 0x2680) (i32.gt_u (local.get $p) (i32.const 0x80)))
          (i32.const 4))
        (return (i32.const 4))))
    (if (i32.eqz (local.get $exp))
      (then (local.set $exp (i32.const 1)))
      (else
        (local.set $mant
          (i64.or (local.get $mant)
                  (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $mantbits)))))))
    (local.set $exp (i32.add (local.get $exp) (local.get $bias)))
    ;; zero: "0" (or "-0")
    (if (i64.eqz (local.get $mant))
      (then
        (i32.store8 (local.get $p) (i32.const 48))
        (return (i32.sub (i32.add (local.get $p) (i32.const 1)) (i32.const 0x80)))))
    (call $rt_dec_assign (i32.const 0x6000) (local.get $mant))
    (call $rt_dec_shift (i32.const 0x6000) (i32.sub (local.get $exp) (local.get $mantbits)))
    (call $rt_round_shortest (local.get $mant) (local.get $exp) (local.get $mantbits) (local.get $bias))
    (local.set $nd (i32.load (i32.const 0x6000)))
    (local.set $dp (i32.load offset=4 (i32.const 0x6000)))
    ;; %g with shortest precision: %e if exp < -4 || exp >= 6.
    (local.set $x (i32.sub (local.get $dp) (i32.const 1)))
    (if (i32.or (i32.lt_s (local.get $x) (i32.const -4)) (i32.ge_s (local.get $x) (i32.const 6)))
      (then
        ;; %e: d[.ddd]e±dd
        (i32.store8 (local.get $p) (i32.load8_u (i32.const 0x6010)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.gt_s (local.get $nd) (i32.const 1))
          (then
            (i32.store8 (local.get $p) (i32.const 46))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (memory.copy (local.get $p) (i32.const 0x6011) (i32.sub (local.get $nd) (i32.const 1)))
            (local.set $p (i32.add (local.get $p) (i32.sub (local.get $nd) (i32.const 1))))))
        (i32.store8 (local.get $p) (i32.const 101))
        (if (i32.lt_s (local.get $x) (i32.const 0))
          (then
            (i32.store8 offset=1 (local.get $p) (i32.const 45))
            (local.set $x (i32.sub (i32.const 0) (local.get $x))))
          (else
            (i32.store8 offset=1 (local.get $p) (i32.const 43))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (if (i32.ge_u (local.get $x) (i32.const 100))
          (then
            (i32.store8 (local.get $p)
              (i32.add (i32.const 48) (i32.div_u (local.get $x) (i32.const 100))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (local.set $x (i32.rem_u (local.get $x) (i32.const 100)))))
        (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.div_u (local.get $x) (i32.const 10))))
        (i32.store8 offset=1 (local.get $p)
          (i32.add (i32.const 48) (i32.rem_u (local.get $x) (i32.const 10))))
        (return (i32.sub (i32.add (local.get $p) (i32.const 2)) (i32.const 0x80)))))
    ;; %f: integer part, padded with zeros as needed
    (if (i32.gt_s (local.get $dp) (i32.const 0))
      (then
        (local.set $m (select (local.get $nd) (local.get $dp)
                              (i32.lt_s (local.get $nd) (local.get $dp))))
        (memory.copy (local.get $p) (i32.const 0x6010) (local.get $m))
        (local.set $p (i32.add (local.get $p) (local.get $m)))
        (memory.fill (local.get $p) (i32.const 48) (i32.sub (local.get $dp) (local.get $m)))
        (local.set $p (i32.add (local.get $p) (i32.sub (local.get $dp) (local.get $m)))))
      (else
        (i32.store8 (local.get $p) (i32.const 48))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))))
    ;; fraction: the remaining nd - dp digits, after -dp leading zeros
    (if (i32.gt_s (local.get $nd) (local.get $dp))
      (then
        (i32.store8 (local.get $p) (i32.const 46))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.lt_s (local.get $dp) (i32.const 0))
          (then
            (memory.fill (local.get $p) (i32.const 48) (i32.sub (i32.const 0) (local.get $dp)))
            (local.set $p (i32.sub (local.get $p) (local.get $dp)))
            (local.set $dp (i32.const 0))))
        (memory.copy (local.get $p) (i32.add (i32.const 0x6010) (local.get $dp))
                     (i32.sub (local.get $nd) (local.get $dp)))
        (local.set $p (i32.add (local.get $p) (i32.sub (local.get $nd) (local.get $dp))))))
    (i32.sub (local.get $p) (i32.const 0x80)))

  ;; Go's %v text of a float64 / float32 at 0x80; returns its length.
  (func $rt_fmt_f64 (param $v f64) (result i32)
    (call $rt_fmt_float (i64.reinterpret_f64 (local.get $v))
      (i32.const 52) (i32.const 11) (i32.const -1023)))

  (func $rt_fmt_f32 (param $v f32) (result i32)
    (call $rt_fmt_float (i64.extend_i32_u (i32.reinterpret_f32 (local.get $v)))
      (i32.const 23) (i32.const 8) (i32.const -127)))

  (func $rt_write_f64 (param $fd i32) (param $v f64)
    (local $n i32)
    (local.set $n (call $rt_fmt_f64 (local.get $v)))
    (call $rt_write (local.get $fd) (i32.const 0x80) (local.get $n)))

  (func $rt_write_f32 (param $fd i32) (param $v f32)
    (local $n i32)
    (local.set $n (call $rt_fmt_f32 (local.get $v)))
    (call $rt_write (local.get $fd) (i32.const 0x80) (local.get $n)))

  ;; ------------------------------------------------------------------
  ;; Exit and panics
  ;; ------------------------------------------------------------------

  ;; Flush stdout and exit the process with the given status.
  (func $rt_exit (param $code i32)
    (call $rt_flush)
    (call $rt_proc_exit (local.get $code))
    (unreachable))

  ;; Flush stdout and write "panic: " to stderr.
  (func $rt_panic_begin
    (call $rt_flush)
    (call $rt_write_cstr (i32.const 2) (i32.const 0x2000)))

  ;; End the panic line, write the goroutine trailer, exit with status 2.
  (func $rt_panic_end
    (call $rt_write_cstr (i32.const 2) (i32.const 0x2080))
    (call $rt_exit (i32.const 2))
    (unreachable))

  ;; panic: <len bytes at ptr, written as they are>
  (func $rt_panic_msg (param $ptr i32) (param $len i32)
    (call $rt_panic_begin)
    (call $rt_write (i32.const 2) (local.get $ptr) (local.get $len))
    (call $rt_panic_end)
    (unreachable))

  ;; panic: runtime error: <NUL-terminated runtime string at msg>
  (func $rt_panic_runtime_error (param $msg i32)
    (call $rt_panic_begin)
    (call $rt_write_cstr (i32.const 2) (i32.const 0x2100))
    (call $rt_write_cstr (i32.const 2) (local.get $msg))
    (call $rt_panic_end)
    (unreachable))

  ;; fatal error: <len bytes at ptr, indented as Go's throw does>
  (func $rt_fatal (param $ptr i32) (param $len i32)
    (call $rt_flush)
    (call $rt_write_cstr (i32.const 2) (i32.const 0x2400))
    (call $rt_write_indented (i32.const 2) (local.get $ptr) (local.get $len))
    (call $rt_panic_end)
    (unreachable))

  ;; Go's boundsError: code is abi.BoundsErrorCode (0 Index, 1 SliceAlen,
  ;; 2 SliceAcap, 3 SliceB, 4 Slice3Alen, 5 Slice3Acap, 6 Slice3B,
  ;; 7 Slice3C, 8 Convert); x is signed if $signed != 0, else unsigned;
  ;; y is printed signed.
  (func $rt_panic_bounds (param $code i32) (param $x i64) (param $y i64) (param $signed i32)
    (local $f i32) (local $start i32) (local $c i32)
    (call $panic_hook
      (i32.or (local.get $code)
              (select (i32.const 0) (i32.const 0x10) (local.get $signed)))
      (local.get $x) (local.get $y))
    (local.set $f (i32.add (i32.const 0x2800) (i32.shl (local.get $code) (i32.const 7))))
    (if (i32.and (i32.ne (local.get $signed) (i32.const 0))
                 (i64.lt_s (local.get $x) (i64.const 0)))
      (then
        (local.set $f (i32.add (i32.const 0x3000) (i32.shl (local.get $code) (i32.const 7))))))
    (call $rt_panic_begin)
    (call $rt_write_cstr (i32.const 2) (i32.const 0x2100))
    (local.set $start (local.get $f))
    (block $done
      (loop $scan
        (local.set $c (i32.load8_u (local.get $f)))
        (if (i32.or (i32.eqz (local.get $c)) (i32.eq (local.get $c) (i32.const 37)))
          (then
            (call $rt_write (i32.const 2) (local.get $start)
                  (i32.sub (local.get $f) (local.get $start)))
            (br_if $done (i32.eqz (local.get $c)))
            (local.set $f (i32.add (local.get $f) (i32.const 1)))
            (if (i32.eq (i32.load8_u (local.get $f)) (i32.const 120))
              (then
                (if (local.get $signed)
                  (then (call $rt_write_i64 (i32.const 2) (local.get $x)))
                  (else (call $rt_write_u64 (i32.const 2) (local.get $x)))))
              (else (call $rt_write_i64 (i32.const 2) (local.get $y))))
            (local.set $start (i32.add (local.get $f) (i32.const 1)))))
        (local.set $f (i32.add (local.get $f) (i32.const 1)))
        (br $scan)))
    (call $rt_panic_end)
    (unreachable))

  ;; index out of range [idx] with length len (idx, len signed)
  (func $rt_panic_index (param $idx i64) (param $len i64)
    (call $rt_panic_bounds (i32.const 0) (local.get $idx) (local.get $len) (i32.const 1))
    (unreachable))

  ;; the same with an unsigned index
  (func $rt_panic_index_u (param $idx i64) (param $len i64)
    (call $rt_panic_bounds (i32.const 0) (local.get $idx) (local.get $len) (i32.const 0))
    (unreachable))

  ;; slice bounds out of range; kind 0 SliceAlen, 1 SliceAcap, 2 SliceB,
  ;; 3 Slice3Alen, 4 Slice3Acap, 5 Slice3B, 6 Slice3C (= Go's code - 1)
  (func $rt_panic_slice (param $kind i32) (param $x i64) (param $y i64)
    (call $rt_panic_bounds (i32.add (local.get $kind) (i32.const 1))
      (local.get $x) (local.get $y) (i32.const 1))
    (unreachable))

  ;; the same with an unsigned x
  (func $rt_panic_slice_u (param $kind i32) (param $x i64) (param $y i64)
    (call $rt_panic_bounds (i32.add (local.get $kind) (i32.const 1))
      (local.get $x) (local.get $y) (i32.const 0))
    (unreachable))

  ;; cannot convert slice with length y to array or pointer to array with length x
  (func $rt_panic_convert (param $x i64) (param $y i64)
    (call $rt_panic_bounds (i32.const 8) (local.get $x) (local.get $y) (i32.const 1))
    (unreachable))

  (func $rt_panic_divide
    (call $panic_hook (i32.const 0x20) (i64.const 0) (i64.const 0))
    (call $rt_panic_runtime_error (i32.const 0x2180))
    (unreachable))

  (func $rt_panic_nil
    (call $panic_hook (i32.const 0x21) (i64.const 0) (i64.const 0))
    (call $rt_panic_runtime_error (i32.const 0x2200))
    (unreachable))

  (func $rt_panic_shift
    (call $panic_hook (i32.const 0x22) (i64.const 0) (i64.const 0))
    (call $rt_panic_runtime_error (i32.const 0x2280))
    (unreachable))

  (func $rt_panic_makeslice_len
    (call $panic_hook (i32.const 0x23) (i64.const 0) (i64.const 0))
    (call $rt_panic_runtime_error (i32.const 0x2300))
    (unreachable))

  (func $rt_panic_makeslice_cap
    (call $panic_hook (i32.const 0x24) (i64.const 0) (i64.const 0))
    (call $rt_panic_runtime_error (i32.const 0x2380))
    (unreachable))

  ;; fatal error: runtime: out of memory
  (func $rt_panic_oom
    (call $rt_fatal (i32.const 0x2480) (i32.const 22))
    (unreachable))

  ;; ------------------------------------------------------------------
  ;; WASI for the Go-source standard library (os, time, bufio), called
  ;; through the IR's RtCall: arguments, environment, clocks, stdin.
  ;; ------------------------------------------------------------------

  ;; Which string list is in 0x7000..0xefff: 0 none, 1 args, 2 environ.
  (global $rt_strings (mut i32) (i32.const 0))
  ;; How many strings it holds (0 when they did not fit).
  (global $rt_strings_n (mut i32) (i32.const 0))

  ;; Loads the argument (which=1) or environment (2) strings.
  (func $rt_strings_load (param $which i32)
    (local $n i32) (local $size i32)
    (if (i32.eq (global.get $rt_strings) (local.get $which)) (then (return)))
    (global.set $rt_strings (local.get $which))
    (global.set $rt_strings_n (i32.const 0))
    (if (i32.eq (local.get $which) (i32.const 1))
      (then (drop (call $rt_args_sizes_get (i32.const 0x10) (i32.const 0x14))))
      (else (drop (call $rt_environ_sizes_get (i32.const 0x10) (i32.const 0x14)))))
    (local.set $n (i32.load (i32.const 0x10)))
    (local.set $size (i32.load (i32.const 0x14)))
    ;; 32 KiB at most (an argument list longer than that is dropped).
    (if (i32.gt_u (i32.add (i32.shl (local.get $n) (i32.const 2)) (local.get $size))
                  (i32.const 0x8000))
      (then (return)))
    (if (i32.eq (local.get $which) (i32.const 1))
      (then (drop (call $rt_args_get (i32.const 0x7000)
        (i32.add (i32.const 0x7000) (i32.shl (local.get $n) (i32.const 2))))))
      (else (drop (call $rt_environ_get (i32.const 0x7000)
        (i32.add (i32.const 0x7000) (i32.shl (local.get $n) (i32.const 2)))))))
    (global.set $rt_strings_n (local.get $n)))

  ;; The number of strings of list `which` (1 args, 2 environ).
  (func $rt_strings_count (param $which i32) (result i32)
    (call $rt_strings_load (local.get $which))
    (global.get $rt_strings_n))

  ;; The length of string i of list `which`.
  (func $rt_strings_len (param $which i32) (param $i i32) (result i32)
    (local $p i32) (local $q i32)
    (call $rt_strings_load (local.get $which))
    (local.set $p (i32.load (i32.add (i32.const 0x7000) (i32.shl (local.get $i) (i32.const 2)))))
    (local.set $q (local.get $p))
    (block $done
      (loop $scan
        (br_if $done (i32.eqz (i32.load8_u (local.get $q))))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $scan)))
    (i32.sub (local.get $q) (local.get $p)))

  ;; Byte j of string i of list `which`.
  (func $rt_strings_byte (param $which i32) (param $i i32) (param $j i32) (result i32)
    (call $rt_strings_load (local.get $which))
    (i32.load8_u (i32.add (local.get $j)
      (i32.load (i32.add (i32.const 0x7000) (i32.shl (local.get $i) (i32.const 2)))))))

  ;; Nanoseconds of clock `id` (0 realtime, 1 monotonic).
  (func $rt_clock_ns (param $id i32) (result i64)
    (drop (call $rt_clock_time_get (local.get $id) (i64.const 1) (i32.const 0x18)))
    (i64.load (i32.const 0x18)))

  ;; Reads up to n (<= 4096) bytes of standard input into 0xf000; returns
  ;; how many (0 at end of input, -1 on error).
  (func $rt_read (param $n i32) (result i32)
    (call $rt_flush)
    (i32.store (i32.const 0x20) (i32.const 0xf000))
    (i32.store (i32.const 0x24) (local.get $n))
    (if (call $rt_fd_read (i32.const 0) (i32.const 0x20) (i32.const 1) (i32.const 0x28))
      (then (return (i32.const -1))))
    (i32.load (i32.const 0x28)))

  ;; Byte i of the last chunk $rt_read read.
  (func $rt_read_byte (param $i i32) (result i32)
    (i32.load8_u (i32.add (i32.const 0xf000) (local.get $i))))
