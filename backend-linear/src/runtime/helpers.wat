  ;; ---------------------------------------------------------------------
  ;; Go operations too long to inline: division with Go's checks, strings,
  ;; make, append growth (Go's growslice/nextslicecap/roundupsize).
  ;; ---------------------------------------------------------------------
  (func $go_divs32 (param $a i32) (param $b i32) (result i32)
    (if (i32.eqz (local.get $b)) (then (call $rt_panic_divide) (unreachable)))
    (if (i32.eq (local.get $b) (i32.const -1)) (then (return (i32.sub (i32.const 0) (local.get $a)))))
    (i32.div_s (local.get $a) (local.get $b)))
  (func $go_rems32 (param $a i32) (param $b i32) (result i32)
    (if (i32.eqz (local.get $b)) (then (call $rt_panic_divide) (unreachable)))
    (if (i32.eq (local.get $b) (i32.const -1)) (then (return (i32.const 0))))
    (i32.rem_s (local.get $a) (local.get $b)))
  (func $go_divu32 (param $a i32) (param $b i32) (result i32)
    (if (i32.eqz (local.get $b)) (then (call $rt_panic_divide) (unreachable)))
    (i32.div_u (local.get $a) (local.get $b)))
  (func $go_remu32 (param $a i32) (param $b i32) (result i32)
    (if (i32.eqz (local.get $b)) (then (call $rt_panic_divide) (unreachable)))
    (i32.rem_u (local.get $a) (local.get $b)))
  (func $go_divs64 (param $a i64) (param $b i64) (result i64)
    (if (i64.eqz (local.get $b)) (then (call $rt_panic_divide) (unreachable)))
    (if (i64.eq (local.get $b) (i64.const -1)) (then (return (i64.sub (i64.const 0) (local.get $a)))))
    (i64.div_s (local.get $a) (local.get $b)))
  (func $go_rems64 (param $a i64) (param $b i64) (result i64)
    (if (i64.eqz (local.get $b)) (then (call $rt_panic_divide) (unreachable)))
    (if (i64.eq (local.get $b) (i64.const -1)) (then (return (i64.const 0))))
    (i64.rem_s (local.get $a) (local.get $b)))
  (func $go_divu64 (param $a i64) (param $b i64) (result i64)
    (if (i64.eqz (local.get $b)) (then (call $rt_panic_divide) (unreachable)))
    (i64.div_u (local.get $a) (local.get $b)))
  (func $go_remu64 (param $a i64) (param $b i64) (result i64)
    (if (i64.eqz (local.get $b)) (then (call $rt_panic_divide) (unreachable)))
    (i64.rem_u (local.get $a) (local.get $b)))

  ;; Allocation with a 64-bit size (lengths are int64 in Go).
  (func $go_alloc64 (param $size i64) (param $desc i32) (result i32)
    (if (i64.gt_u (local.get $size) (i64.const 0x7fff0000)) (then (call $rt_panic_oom) (unreachable)))
    (call $gc_alloc (i32.wrap_i64 (local.get $size)) (local.get $desc)))

  ;; Pushes a fresh shadow-stack frame of $bytes (zeroed); returns it.
  ;; Exhausting the shadow stack is Go's "fatal error: stack overflow".
  (func $go_frame (param $bytes i32) (result i32)
    (local $fp i32)
    (local.set $fp (i32.sub (global.get $sp) (local.get $bytes)))
    (if (i32.lt_u (local.get $fp) (i32.const @SS_BASE@))
      (then
        (call $rt_write (i32.const 2) (i32.const @SO_MSG@) (i32.const @SO_LEN@))
        (call $rt_panic_end)
        (unreachable)))
    (memory.fill (local.get $fp) (i32.const 0) (local.get $bytes))
    (global.set $sp (local.get $fp))
    (local.get $fp))

  (func $go_concat (param $p1 i32) (param $l1 i64) (param $p2 i32) (param $l2 i64) (result i32 i64)
    (local $p i32)
    (if (i64.eqz (local.get $l1)) (then (return (local.get $p2) (local.get $l2))))
    (if (i64.eqz (local.get $l2)) (then (return (local.get $p1) (local.get $l1))))
    (local.set $p (call $go_alloc64 (i64.add (local.get $l1) (local.get $l2)) (i32.const 0)))
    (memory.copy (local.get $p) (local.get $p1) (i32.wrap_i64 (local.get $l1)))
    (memory.copy (i32.add (local.get $p) (i32.wrap_i64 (local.get $l1))) (local.get $p2) (i32.wrap_i64 (local.get $l2)))
    (local.get $p) (i64.add (local.get $l1) (local.get $l2)))

  (func $go_streq (param $p1 i32) (param $l1 i64) (param $p2 i32) (param $l2 i64) (result i32)
    (local $n i32)
    (if (i64.ne (local.get $l1) (local.get $l2)) (then (return (i32.const 0))))
    (if (i32.eq (local.get $p1) (local.get $p2)) (then (return (i32.const 1))))
    (local.set $n (i32.wrap_i64 (local.get $l1)))
    (block $tail
      (loop $words
        (br_if $tail (i32.lt_u (local.get $n) (i32.const 8)))
        (if (i64.ne (i64.load (local.get $p1)) (i64.load (local.get $p2))) (then (return (i32.const 0))))
        (local.set $p1 (i32.add (local.get $p1) (i32.const 8)))
        (local.set $p2 (i32.add (local.get $p2) (i32.const 8)))
        (local.set $n (i32.sub (local.get $n) (i32.const 8)))
        (br $words)))
    (block $done
      (loop $bytes
        (br_if $done (i32.eqz (local.get $n)))
        (if (i32.ne (i32.load8_u (local.get $p1)) (i32.load8_u (local.get $p2))) (then (return (i32.const 0))))
        (local.set $p1 (i32.add (local.get $p1) (i32.const 1)))
        (local.set $p2 (i32.add (local.get $p2) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $bytes)))
    (i32.const 1))

  ;; Bytewise three-way comparison: -1, 0 or 1.
  (func $go_strcmp (param $p1 i32) (param $l1 i64) (param $p2 i32) (param $l2 i64) (result i32)
    (local $n i32) (local $i i32) (local $a i32) (local $b i32)
    (local.set $n (i32.wrap_i64 (select (local.get $l1) (local.get $l2) (i64.lt_u (local.get $l1) (local.get $l2)))))
    (block $done
      (loop $bytes
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $a (i32.load8_u (i32.add (local.get $p1) (local.get $i))))
        (local.set $b (i32.load8_u (i32.add (local.get $p2) (local.get $i))))
        (if (i32.ne (local.get $a) (local.get $b))
          (then (return (select (i32.const -1) (i32.const 1) (i32.lt_u (local.get $a) (local.get $b))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $bytes)))
    (if (i64.lt_u (local.get $l1) (local.get $l2)) (then (return (i32.const -1))))
    (i64.ne (local.get $l1) (local.get $l2)))

  (func $go_bytes_to_str (param $p i32) (param $l i64) (result i32 i64)
    (local $q i32)
    (if (i64.eqz (local.get $l)) (then (return (i32.const 0) (i64.const 0))))
    (local.set $q (call $go_alloc64 (local.get $l) (i32.const 0)))
    (memory.copy (local.get $q) (local.get $p) (i32.wrap_i64 (local.get $l)))
    (local.get $q) (local.get $l))

  ;; []byte(s): Go's rawbyteslice rounds the capacity up to a size class
  ;; (unless $exact: the compiler's exact array for a constant string).
  (func $go_str_to_bytes (param $p i32) (param $l i64) (param $exact i32) (result i32 i64 i64)
    (local $q i32) (local $cap i64)
    (local.set $cap (local.get $l))
    (if (i32.eqz (local.get $exact))
      (then (local.set $cap (call $go_roundupsize (local.get $l) (i32.const 1)))))
    (local.set $q (call $go_alloc64 (local.get $cap) (i32.const 0)))
    (memory.copy (local.get $q) (local.get $p) (i32.wrap_i64 (local.get $l)))
    (local.get $q) (local.get $l) (local.get $cap))

  ;; string(r): UTF-8 of the rune; invalid code points give U+FFFD.
  (func $go_rune_to_str (param $r i64) (result i32 i64)
    (local $c i32) (local $n i32) (local $p i32)
    (if (i32.or (i64.gt_u (local.get $r) (i64.const 0x10ffff))
          (i32.and (i64.ge_u (local.get $r) (i64.const 0xd800)) (i64.le_u (local.get $r) (i64.const 0xdfff))))
      (then (local.set $r (i64.const 0xfffd))))
    (local.set $c (i32.wrap_i64 (local.get $r)))
    (local.set $n
      (if (result i32) (i32.lt_u (local.get $c) (i32.const 0x80)) (then (i32.const 1))
        (else (if (result i32) (i32.lt_u (local.get $c) (i32.const 0x800)) (then (i32.const 2))
          (else (if (result i32) (i32.lt_u (local.get $c) (i32.const 0x10000)) (then (i32.const 3))
            (else (i32.const 4))))))))
    (local.set $p (call $gc_alloc (local.get $n) (i32.const 0)))
    (if (i32.eq (local.get $n) (i32.const 1))
      (then (i32.store8 (local.get $p) (local.get $c))))
    (if (i32.eq (local.get $n) (i32.const 2))
      (then
        (i32.store8 offset=0 (local.get $p) (i32.or (i32.const 0xc0) (i32.shr_u (local.get $c) (i32.const 6))))
        (i32.store8 offset=1 (local.get $p) (i32.or (i32.const 0x80) (i32.and (local.get $c) (i32.const 0x3f))))))
    (if (i32.eq (local.get $n) (i32.const 3))
      (then
        (i32.store8 offset=0 (local.get $p) (i32.or (i32.const 0xe0) (i32.shr_u (local.get $c) (i32.const 12))))
        (i32.store8 offset=1 (local.get $p)
          (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $c) (i32.const 6)) (i32.const 0x3f))))
        (i32.store8 offset=2 (local.get $p) (i32.or (i32.const 0x80) (i32.and (local.get $c) (i32.const 0x3f))))))
    (if (i32.eq (local.get $n) (i32.const 4))
      (then
        (i32.store8 offset=0 (local.get $p) (i32.or (i32.const 0xf0) (i32.shr_u (local.get $c) (i32.const 18))))
        (i32.store8 offset=1 (local.get $p)
          (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $c) (i32.const 12)) (i32.const 0x3f))))
        (i32.store8 offset=2 (local.get $p)
          (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $c) (i32.const 6)) (i32.const 0x3f))))
        (i32.store8 offset=3 (local.get $p) (i32.or (i32.const 0x80) (i32.and (local.get $c) (i32.const 0x3f))))))
    (local.get $p) (i64.extend_i32_u (local.get $n)))

  ;; Is n elements of $esize bytes a valid allocation request (Go's
  ;; maxAlloc on amd64 is 2^48)?
  (func $go_mem_ok (param $n i64) (param $esize i32) (result i32)
    (if (i64.lt_s (local.get $n) (i64.const 0)) (then (return (i32.const 0))))
    (if (i32.eqz (local.get $esize)) (then (return (i32.const 1))))
    (i64.le_u (local.get $n) (i64.div_u (i64.const 0x1000000000000) (i64.extend_i32_u (local.get $esize)))))

  ;; make([]T, len, cap): Go's makeslice checks, then a zeroed array.
  (func $go_makeslice (param $len i64) (param $cap i64) (param $esize i32) (param $desc i32) (result i32)
    (if (i32.or (i32.or (i32.eqz (call $go_mem_ok (local.get $cap) (local.get $esize)))
                        (i64.lt_s (local.get $len) (i64.const 0)))
          (i64.gt_s (local.get $len) (local.get $cap)))
      (then
        (if (i32.eqz (call $go_mem_ok (local.get $len) (local.get $esize)))
          (then (call $rt_panic_makeslice_len) (unreachable)))
        (call $rt_panic_makeslice_cap) (unreachable)))
    (call $go_alloc64 (i64.mul (local.get $cap) (i64.extend_i32_u (local.get $esize))) (local.get $desc)))

  ;; Go's roundupsize on amd64: the size class an allocation of $size
  ;; bytes gets (pointerful objects above 512 bytes carry an 8-byte header).
  (func $go_roundupsize (param $size i64) (param $noscan i32) (result i64)
    (local $req i64) (local $class i32)
    (local.set $req (local.get $size))
    (if (i64.le_u (local.get $req) (i64.const 32760))
      (then
        (if (i32.and (i32.eqz (local.get $noscan)) (i64.gt_u (local.get $req) (i64.const 512)))
          (then (local.set $req (i64.add (local.get $req) (i64.const 8)))))
        (local.set $class (call $gc_size_class (i32.wrap_i64 (local.get $req))))
        (return (i64.sub
          (i64.extend_i32_u (i32.load16_u (i32.add (i32.const @CLASS_TO_SIZE@) (i32.shl (local.get $class) (i32.const 1)))))
          (i64.sub (local.get $req) (local.get $size))))))
    (local.set $req (i64.add (local.get $size) (i64.const 8191)))
    (if (i64.lt_u (local.get $req) (local.get $size)) (then (return (local.get $size))))
    (i64.and (local.get $req) (i64.const -8192)))

  ;; Go's nextslicecap: double small slices, then grow by 1.25x + 192.
  (func $go_nextslicecap (param $newlen i64) (param $oldcap i64) (result i64)
    (local $newcap i64) (local $double i64)
    (local.set $newcap (local.get $oldcap))
    (local.set $double (i64.add (local.get $newcap) (local.get $newcap)))
    (if (i64.gt_s (local.get $newlen) (local.get $double)) (then (return (local.get $newlen))))
    (if (i64.lt_s (local.get $oldcap) (i64.const 256)) (then (return (local.get $double))))
    (loop $grow
      (local.set $newcap (i64.add (local.get $newcap)
        (i64.shr_s (i64.add (local.get $newcap) (i64.const 768)) (i64.const 2))))
      (br_if $grow (i64.lt_u (local.get $newcap) (local.get $newlen))))
    (if (i64.le_s (local.get $newcap) (i64.const 0)) (then (return (local.get $newlen))))
    (local.get $newcap))

  ;; Go's growslice: a new backing array for at least $newlen elements,
  ;; holding the first $len elements of the old one. $esize is our element
  ;; size, $goesize Go's amd64 element size (capacities follow Go's).
  (func $go_growslice (param $ptr i32) (param $len i64) (param $cap i64) (param $newlen i64)
      (param $esize i32) (param $goesize i64) (param $noscan i32) (param $desc i32) (result i32 i64)
    (local $newcap i64) (local $p i32)
    (if (i64.lt_s (local.get $newlen) (i64.const 0)) (then (call $rt_panic_oom) (unreachable)))
    (if (i64.eqz (local.get $goesize)) (then (return (i32.const @ZEROBASE@) (local.get $newlen))))
    (local.set $newcap (call $go_nextslicecap (local.get $newlen) (local.get $cap)))
    (if (i64.gt_u (local.get $newcap) (i64.div_u (i64.const 0x1000000000000) (local.get $goesize)))
      (then (call $rt_panic_oom) (unreachable)))
    (local.set $newcap (i64.div_u
      (call $go_roundupsize (i64.mul (local.get $newcap) (local.get $goesize)) (local.get $noscan))
      (local.get $goesize)))
    (local.set $p (call $go_alloc64 (i64.mul (local.get $newcap) (i64.extend_i32_u (local.get $esize))) (local.get $desc)))
    (memory.copy (local.get $p) (local.get $ptr) (i32.mul (i32.wrap_i64 (local.get $len)) (local.get $esize)))
    (local.get $p) (local.get $newcap))
