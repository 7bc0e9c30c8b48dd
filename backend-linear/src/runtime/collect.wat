  ;; ---------------------------------------------------------------------
  ;; Precise non-moving mark-sweep collector (see src/runtime.rs).
  ;; ---------------------------------------------------------------------

  ;; Marks the object containing address $p, if $p points into the heap,
  ;; and queues it for scanning when it holds pointers.
  (func $gc_mark (param $p i32)
    (local $span i32) (local $idx i32) (local $m i32) (local $obj i32)
    (if (i32.lt_u (local.get $p) (i32.const @HEAP_START@)) (then (return)))
    (if (i32.ge_u (local.get $p) (global.get $gc_heap_end)) (then (return)))
    (local.set $span (i32.load (i32.add (i32.const @PAGE_TABLE@)
      (i32.shl (i32.shr_u (i32.sub (local.get $p) (i32.const @HEAP_START@)) (i32.const 13)) (i32.const 2)))))
    (if (i32.eqz (local.get $span)) (then (return)))
    (local.set $obj (i32.load offset=28 (local.get $span)))
    (if (i32.lt_u (local.get $p) (local.get $obj)) (then (return)))
    (if (i32.eq (i32.load (local.get $span)) (i32.const 1))
      (then
        (local.set $idx (i32.div_u (i32.sub (local.get $p) (local.get $obj)) (i32.load offset=8 (local.get $span))))
        (if (i32.ge_u (local.get $idx) (i32.load offset=12 (local.get $span))) (then (return)))
        (local.set $m (i32.add (i32.load offset=32 (local.get $span)) (local.get $idx)))
        (if (i32.load8_u (local.get $m)) (then (return)))
        (i32.store8 (local.get $m) (i32.const 1))
        (local.set $m (i32.load offset=36 (local.get $span)))
        (if (i32.eqz (local.get $m)) (then (return)))
        (if (i32.eqz (i32.load (i32.add (local.get $m) (i32.shl (local.get $idx) (i32.const 2)))))
          (then (return)))
        (call $gc_push (i32.add (local.get $obj) (i32.mul (local.get $idx) (i32.load offset=8 (local.get $span))))))
      (else
        (if (i32.load offset=32 (local.get $span)) (then (return)))
        (i32.store offset=32 (local.get $span) (i32.const 1))
        (if (i32.load offset=36 (local.get $span)) (then (call $gc_push (local.get $obj)))))))

  ;; Pushes an object onto the gray stack; on overflow it stays marked but
  ;; unscanned and the overflow flag asks for a rescan of the heap.
  (func $gc_push (param $obj i32)
    (if (i32.ge_u (global.get $gc_msp) (i32.const @MARK_STACK_END@))
      (then (global.set $gc_overflow (i32.const 1)) (return)))
    (i32.store (global.get $gc_msp) (local.get $obj))
    (global.set $gc_msp (i32.add (global.get $gc_msp) (i32.const 4))))

  ;; Marks everything the $size bytes at $base point to: elements described
  ;; by $desc repeat every desc.size bytes.
  (func $gc_scan (param $base i32) (param $size i32) (param $desc i32)
    (local $esize i32) (local $end i32) (local $r i32) (local $rend i32)
    (local $p i32) (local $cnt i32) (local $stride i32) (local $sub i32)
    (local.set $esize (i32.load (local.get $desc)))
    (if (i32.eqz (local.get $esize)) (then (return)))
    (local.set $end (i32.add (local.get $base)
      (i32.mul (i32.div_u (local.get $size) (local.get $esize)) (local.get $esize))))
    (local.set $rend (i32.add (i32.add (local.get $desc) (i32.const 8))
      (i32.shl (i32.load offset=4 (local.get $desc)) (i32.const 4))))
    (block $done
      (loop $elem
        (br_if $done (i32.ge_u (local.get $base) (local.get $end)))
        (local.set $r (i32.add (local.get $desc) (i32.const 8)))
        (block $runs_done
          (loop $run
            (br_if $runs_done (i32.ge_u (local.get $r) (local.get $rend)))
            (local.set $p (i32.add (local.get $base) (i32.load (local.get $r))))
            (local.set $cnt (i32.load offset=4 (local.get $r)))
            (local.set $stride (i32.load offset=8 (local.get $r)))
            (local.set $sub (i32.load offset=12 (local.get $r)))
            (block $words_done
              (loop $word
                (br_if $words_done (i32.eqz (local.get $cnt)))
                (if (local.get $sub)
                  (then (call $gc_scan (local.get $p) (i32.load (local.get $sub)) (local.get $sub)))
                  (else (call $gc_mark (i32.load (local.get $p)))))
                (local.set $p (i32.add (local.get $p) (local.get $stride)))
                (local.set $cnt (i32.sub (local.get $cnt) (i32.const 1)))
                (br $word)))
            (local.set $r (i32.add (local.get $r) (i32.const 16)))
            (br $run)))
        (local.set $base (i32.add (local.get $base) (local.get $esize)))
        (br $elem))))

  ;; Scans one marked heap object given its base address.
  (func $gc_scan_object (param $obj i32)
    (local $span i32) (local $idx i32) (local $size i32)
    (local.set $span (i32.load (i32.add (i32.const @PAGE_TABLE@)
      (i32.shl (i32.shr_u (i32.sub (local.get $obj) (i32.const @HEAP_START@)) (i32.const 13)) (i32.const 2)))))
    (local.set $size (i32.load offset=8 (local.get $span)))
    (if (i32.eq (i32.load (local.get $span)) (i32.const 1))
      (then
        (local.set $idx (i32.div_u (i32.sub (local.get $obj) (i32.load offset=28 (local.get $span))) (local.get $size)))
        (call $gc_scan (local.get $obj) (local.get $size)
          (i32.load (i32.add (i32.load offset=36 (local.get $span)) (i32.shl (local.get $idx) (i32.const 2))))))
      (else
        (call $gc_scan (local.get $obj) (local.get $size) (i32.load offset=36 (local.get $span))))))

  ;; Scans gray objects until the gray stack is empty.
  (func $gc_drain
    (block $done
      (loop $pop
        (br_if $done (i32.le_u (global.get $gc_msp) (i32.const @MARK_STACK@)))
        (global.set $gc_msp (i32.sub (global.get $gc_msp) (i32.const 4)))
        (call $gc_scan_object (i32.load (global.get $gc_msp)))
        (br $pop))))

  ;; After a gray-stack overflow: rescans every marked object that holds
  ;; pointers (marking is idempotent), until no overflow happens.
  (func $gc_rescan
    (local $i i32) (local $span i32) (local $idx i32) (local $n i32) (local $desc i32)
    (local.set $i (i32.const 0))
    (block $done
      (loop $spans
        (br_if $done (i32.ge_u (local.get $i) (global.get $gc_npages)))
        (local.set $span (i32.load (i32.add (i32.const @PAGE_TABLE@) (i32.shl (local.get $i) (i32.const 2)))))
        (if (i32.eqz (local.get $span))
          (then (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $spans)))
        (if (i32.eq (i32.load (local.get $span)) (i32.const 1))
          (then
            (if (i32.load offset=36 (local.get $span))
              (then
                (local.set $n (i32.load offset=12 (local.get $span)))
                (local.set $idx (i32.const 0))
                (block $objs_done
                  (loop $objs
                    (br_if $objs_done (i32.ge_u (local.get $idx) (local.get $n)))
                    (local.set $desc (i32.load (i32.add (i32.load offset=36 (local.get $span))
                      (i32.shl (local.get $idx) (i32.const 2)))))
                    (if (i32.and
                          (i32.ne (local.get $desc) (i32.const 0))
                          (i32.ne (i32.load8_u (i32.add (i32.load offset=32 (local.get $span)) (local.get $idx))) (i32.const 0)))
                      (then
                        (call $gc_scan
                          (i32.add (i32.load offset=28 (local.get $span))
                            (i32.mul (local.get $idx) (i32.load offset=8 (local.get $span))))
                          (i32.load offset=8 (local.get $span)) (local.get $desc))
                        (call $gc_drain)))
                    (local.set $idx (i32.add (local.get $idx) (i32.const 1)))
                    (br $objs))))))
          (else
            (if (i32.and (i32.ne (i32.load offset=32 (local.get $span)) (i32.const 0))
                         (i32.ne (i32.load offset=36 (local.get $span)) (i32.const 0)))
              (then
                (call $gc_scan (i32.load offset=28 (local.get $span))
                  (i32.load offset=8 (local.get $span)) (i32.load offset=36 (local.get $span)))
                (call $gc_drain)))))
        (local.set $i (i32.add (local.get $i) (i32.load offset=24 (local.get $span))))
        (br $spans))))

  ;; Frees unmarked objects, rebuilds the free lists and the lists of spans
  ;; with free slots, returns empty spans to the page heap, clears marks.
  (func $gc_sweep (result i64)
    (local $i i32) (local $span i32) (local $np i32) (local $n i32) (local $idx i32)
    (local $size i32) (local $obj i32) (local $mark i32) (local $descs i32)
    (local $fl i32) (local $nfree i32) (local $live i64) (local $head i32)
    (memory.fill (i32.const @PARTIAL@) (i32.const 0) (i32.const @PARTIAL_BYTES@))
    (block $done
      (loop $spans
        (br_if $done (i32.ge_u (local.get $i) (global.get $gc_npages)))
        (local.set $span (i32.load (i32.add (i32.const @PAGE_TABLE@) (i32.shl (local.get $i) (i32.const 2)))))
        (if (i32.eqz (local.get $span))
          (then (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $spans)))
        (local.set $np (i32.load offset=24 (local.get $span)))
        (if (i32.eq (i32.load (local.get $span)) (i32.const 1))
          (then
            (local.set $n (i32.load offset=12 (local.get $span)))
            (local.set $size (i32.load offset=8 (local.get $span)))
            (local.set $obj (i32.load offset=28 (local.get $span)))
            (local.set $mark (i32.load offset=32 (local.get $span)))
            (local.set $descs (i32.load offset=36 (local.get $span)))
            (local.set $fl (i32.const 0))
            (local.set $nfree (i32.const 0))
            (local.set $idx (local.get $n))
            (block $objs_done
              (loop $objs
                (br_if $objs_done (i32.eqz (local.get $idx)))
                (local.set $idx (i32.sub (local.get $idx) (i32.const 1)))
                (if (i32.load8_u (i32.add (local.get $mark) (local.get $idx)))
                  (then (i32.store8 (i32.add (local.get $mark) (local.get $idx)) (i32.const 0)))
                  (else
                    (local.set $head (i32.add (local.get $obj) (i32.mul (local.get $idx) (local.get $size))))
                    (i32.store (local.get $head) (local.get $fl))
                    (local.set $fl (local.get $head))
                    (local.set $nfree (i32.add (local.get $nfree) (i32.const 1)))
                    (if (local.get $descs)
                      (then (i32.store (i32.add (local.get $descs) (i32.shl (local.get $idx) (i32.const 2)))
                        (i32.const 0))))))
                (br $objs)))
            (if (i32.eq (local.get $nfree) (local.get $n))
              (then (call $gc_pages_free (local.get $span) (local.get $np)))
              (else
                (i32.store offset=16 (local.get $span) (local.get $fl))
                (i32.store offset=20 (local.get $span) (local.get $nfree))
                (local.set $live (i64.add (local.get $live)
                  (i64.extend_i32_u (i32.mul (i32.sub (local.get $n) (local.get $nfree)) (local.get $size)))))
                (i32.store offset=40 (local.get $span) (i32.const 0))
                (if (local.get $nfree)
                  (then
                    (local.set $head (i32.add (i32.const @PARTIAL@)
                      (i32.shl (i32.load offset=4 (local.get $span)) (i32.const 2))))
                    (i32.store offset=40 (local.get $span) (i32.load (local.get $head)))
                    (i32.store (local.get $head) (local.get $span)))))))
          (else
            (if (i32.load offset=32 (local.get $span))
              (then
                (i32.store offset=32 (local.get $span) (i32.const 0))
                (local.set $live (i64.add (local.get $live)
                  (i64.extend_i32_u (i32.shl (local.get $np) (i32.const 13))))))
              (else (call $gc_pages_free (local.get $span) (local.get $np))))))
        (local.set $i (i32.add (local.get $i) (local.get $np)))
        (br $spans)))
    (local.get $live))

  ;; A full collection: mark from the globals and the shadow stack, sweep,
  ;; and set the next goal to twice the live heap (at least @MIN_GC@).
  ;; In stress mode the placeholder after the sweep becomes a call of the
  ;; heap verifier (verify.wat); otherwise it is empty.
  (func $gc_collect
    (local $r i32) (local $a i32) (local $live i64)
    (global.set $gc_cycles (i32.add (global.get $gc_cycles) (i32.const 1)))
    (local.set $r (i32.const @ROOTS@))
    (block $roots_done
      (loop $roots
        (br_if $roots_done (i32.ge_u (local.get $r) (i32.const @ROOTS_END@)))
        (call $gc_scan (i32.load (local.get $r))
          (i32.load (i32.load offset=4 (local.get $r))) (i32.load offset=4 (local.get $r)))
        (call $gc_drain)
        (local.set $r (i32.add (local.get $r) (i32.const 8)))
        (br $roots)))
    (local.set $a (global.get $sp))
    (block $stack_done
      (loop $stack
        (br_if $stack_done (i32.ge_u (local.get $a) (i32.const @SS_TOP@)))
        (call $gc_mark (i32.load (local.get $a)))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (br $stack)))
    (call $gc_drain)
    (block $stable
      (loop $again
        (br_if $stable (i32.eqz (global.get $gc_overflow)))
        (global.set $gc_overflow (i32.const 0))
        (call $gc_rescan)
        (br $again)))
    (local.set $live (call $gc_sweep))
    (global.set $gc_live (local.get $live))@GC_VERIFY@
    (if (i32.const @GC_STRESS@)
      (then
        ;; Stress: collect again once the heap grew by 1/64 of the live
        ;; heap (every allocation while less than 64 bytes are live).
        (global.set $gc_next (i64.add (local.get $live) (i64.shr_u (local.get $live) (i64.const 6)))))
      (else
        (global.set $gc_next (i64.shl (local.get $live) (i64.const 1)))
        (if (i64.lt_u (global.get $gc_next) (i64.const @MIN_GC@))
          (then (global.set $gc_next (i64.const @MIN_GC@)))))))
