  ;; ---------------------------------------------------------------------
  ;; Heap verifier, in stress mode only: $gc_collect calls $gc_verify after
  ;; the sweep (see "Heap verifier" in src/runtime.rs for what it checks).
  ;; It runs when the collector's state is at rest: marks cleared, gray
  ;; stack empty. It borrows the mark bytes (0 not yet seen, 1 reached,
  ;; 2 on a free list) and the gray stack ($gc_push, $gc_msp,
  ;; $gc_overflow), and leaves both as it found them. A violation writes
  ;; "gowgc: heap verifier: WHAT at 0xADDR" to stderr and traps.
  ;; ---------------------------------------------------------------------
  (data $gc_verify_msgs "@VERIFY_MSGS@")

  ;; Writes message $what (a 64-byte NUL-terminated slot of the passive
  ;; segment, copied to the gray stack, which is free by now) to stderr.
  (func $gc_verify_say (param $what i32)
    (memory.init $gc_verify_msgs (i32.const @MARK_STACK@)
      (i32.shl (local.get $what) (i32.const 6)) (i32.const 64))
    (call $rt_write_cstr (i32.const 2) (i32.const @MARK_STACK@)))

  ;; Reports violation $what at address $addr and traps.
  (func $gc_verify_fail (param $what i32) (param $addr i32)
    (call $rt_flush)
    (call $gc_verify_say (i32.const @V_PREFIX@))
    (call $gc_verify_say (local.get $what))
    (call $gc_verify_say (i32.const @V_AT@))
    (call $rt_write_hex (i32.const 2) (i64.extend_i32_u (local.get $addr)))
    (call $gc_verify_say (i32.const @V_NL@))
    (unreachable))

  ;; The span that heap page $i belongs to (0: a free page).
  (func $gc_verify_page_span (param $i i32) (result i32)
    (i32.load (i32.add (i32.const @PAGE_TABLE@) (i32.shl (local.get $i) (i32.const 2)))))

  ;; Checks a small span's header against the size-class table and the
  ;; layout $gc_span_new gives it, that the sweep cleared its marks, and
  ;; its free list; tags each free slot with mark byte 2. Returns nfree.
  (func $gc_verify_small (param $span i32) (result i32)
    (local $class i32) (local $noscan i32) (local $size i32) (local $np i32)
    (local $n i32) (local $mark i32) (local $descs i32) (local $obj i32)
    (local $want i32) (local $wdesc i32) (local $end i32) (local $idx i32)
    (local $fl i32) (local $cnt i32) (local $nfree i32)
    (local.set $class (i32.shr_u (i32.load offset=4 (local.get $span)) (i32.const 1)))
    (local.set $noscan (i32.and (i32.load offset=4 (local.get $span)) (i32.const 1)))
    (local.set $size (i32.load offset=8 (local.get $span)))
    (local.set $np (i32.load offset=24 (local.get $span)))
    (if (i32.or (i32.eqz (local.get $class)) (i32.ge_u (local.get $class) (i32.const @NUM_CLASSES@)))
      (then (call $gc_verify_fail (i32.const @V_SPAN_CLASS@) (local.get $span))))
    (if (i32.or
          (i32.ne (local.get $size)
            (i32.load16_u (i32.add (i32.const @CLASS_TO_SIZE@) (i32.shl (local.get $class) (i32.const 1)))))
          (i32.ne (local.get $np)
            (i32.load8_u (i32.add (i32.const @CLASS_TO_NPAGES@) (local.get $class)))))
      (then (call $gc_verify_fail (i32.const @V_SPAN_CLASS@) (local.get $span))))
    (local.set $n (i32.load offset=12 (local.get $span)))
    (if (i32.ne (local.get $n)
          (i32.div_u (i32.sub (i32.shl (local.get $np) (i32.const 13)) (i32.const 64))
            (i32.add (local.get $size) (select (i32.const 1) (i32.const 5) (local.get $noscan)))))
      (then (call $gc_verify_fail (i32.const @V_SPAN_COUNT@) (local.get $span))))
    ;; mark bytes, descriptors and objects where $gc_span_new puts them
    (local.set $mark (i32.load offset=32 (local.get $span)))
    (local.set $descs (i32.load offset=36 (local.get $span)))
    (local.set $obj (i32.load offset=28 (local.get $span)))
    (local.set $want (i32.add (i32.add (local.get $span) (i32.const 48)) (local.get $n)))
    (if (i32.eqz (local.get $noscan))
      (then
        (local.set $wdesc (i32.and (i32.add (local.get $want) (i32.const 3)) (i32.const -4)))
        (local.set $want (i32.add (local.get $wdesc) (i32.shl (local.get $n) (i32.const 2))))))
    (local.set $want (i32.and (i32.add (local.get $want) (i32.const 7)) (i32.const -8)))
    (local.set $end (i32.add (local.get $obj) (i32.mul (local.get $n) (local.get $size))))
    (if (i32.or
          (i32.or (i32.ne (local.get $mark) (i32.add (local.get $span) (i32.const 48)))
                  (i32.ne (local.get $descs) (local.get $wdesc)))
          (i32.or (i32.ne (local.get $obj) (local.get $want))
                  (i32.gt_u (local.get $end)
                    (i32.add (local.get $span) (i32.shl (local.get $np) (i32.const 13))))))
      (then (call $gc_verify_fail (i32.const @V_SPAN_LAYOUT@) (local.get $span))))
    ;; the sweep cleared every mark (8 at a time, then the rest one by one)
    (block $wide_done
      (loop $wide
        (br_if $wide_done (i32.gt_u (i32.add (local.get $idx) (i32.const 8)) (local.get $n)))
        (br_if $wide_done (i64.ne (i64.load (i32.add (local.get $mark) (local.get $idx))) (i64.const 0)))
        (local.set $idx (i32.add (local.get $idx) (i32.const 8)))
        (br $wide)))
    (block $marks_done
      (loop $marks
        (br_if $marks_done (i32.ge_u (local.get $idx) (local.get $n)))
        (if (i32.load8_u (i32.add (local.get $mark) (local.get $idx)))
          (then (call $gc_verify_fail (i32.const @V_STALE_MARK@)
            (i32.add (local.get $obj) (i32.mul (local.get $idx) (local.get $size))))))
        (local.set $idx (i32.add (local.get $idx) (i32.const 1)))
        (br $marks)))
    ;; the free list: slots of this span, each once, as many as nfree says
    (local.set $nfree (i32.load offset=20 (local.get $span)))
    (local.set $fl (i32.load offset=16 (local.get $span)))
    (block $list_done
      (loop $list
        (br_if $list_done (i32.eqz (local.get $fl)))
        (if (i32.ge_u (local.get $cnt) (local.get $nfree))
          (then (call $gc_verify_fail (i32.const @V_FREE_COUNT@) (local.get $span))))
        (if (i32.or (i32.lt_u (local.get $fl) (local.get $obj)) (i32.ge_u (local.get $fl) (local.get $end)))
          (then (call $gc_verify_fail (i32.const @V_FREE_OUTSIDE@) (local.get $fl))))
        (local.set $idx (i32.div_u (i32.sub (local.get $fl) (local.get $obj)) (local.get $size)))
        (if (i32.ne (local.get $fl) (i32.add (local.get $obj) (i32.mul (local.get $idx) (local.get $size))))
          (then (call $gc_verify_fail (i32.const @V_FREE_ALIGN@) (local.get $fl))))
        (if (i32.load8_u (i32.add (local.get $mark) (local.get $idx)))
          (then (call $gc_verify_fail (i32.const @V_FREE_TWICE@) (local.get $fl))))
        (i32.store8 (i32.add (local.get $mark) (local.get $idx)) (i32.const 2))
        (if (local.get $descs)
          (then
            (if (i32.load (i32.add (local.get $descs) (i32.shl (local.get $idx) (i32.const 2))))
              (then (call $gc_verify_fail (i32.const @V_FREE_DESC@) (local.get $fl))))))
        (local.set $cnt (i32.add (local.get $cnt) (i32.const 1)))
        (local.set $fl (i32.load (local.get $fl)))
        (br $list)))
    (if (i32.ne (local.get $cnt) (local.get $nfree))
      (then (call $gc_verify_fail (i32.const @V_FREE_COUNT@) (local.get $span))))
    (if (i32.eq (local.get $nfree) (local.get $n))
      (then (call $gc_verify_fail (i32.const @V_SPAN_EMPTY@) (local.get $span))))
    (local.get $nfree))

  ;; Checks a large span's header and that the sweep cleared its mark.
  (func $gc_verify_large (param $span i32)
    (local $esize i32)
    (local.set $esize (i32.load offset=8 (local.get $span)))
    (if (i32.ne (i32.load (local.get $span)) (i32.const 2))
      (then (call $gc_verify_fail (i32.const @V_SPAN_KIND@) (local.get $span))))
    (if (i32.or
          (i32.or
            (i32.ne (i32.load offset=12 (local.get $span)) (i32.const 1))
            (i32.ne (i32.load offset=28 (local.get $span)) (i32.add (local.get $span) (i32.const 48))))
          (i32.or
            (i32.or (i32.le_u (local.get $esize) (i32.const @MAX_SMALL@))
                    (i32.and (local.get $esize) (i32.const 7)))
            (i32.or
              (i32.ne (i32.load offset=24 (local.get $span))
                (i32.shr_u (i32.add (local.get $esize) (i32.const 8239)) (i32.const 13)))
              (i32.ne (i32.load offset=4 (local.get $span))
                (i32.eqz (i32.load offset=36 (local.get $span)))))))
      (then (call $gc_verify_fail (i32.const @V_LARGE_SPAN@) (local.get $span))))
    (if (i32.load offset=32 (local.get $span))
      (then (call $gc_verify_fail (i32.const @V_STALE_MARK@) (i32.add (local.get $span) (i32.const 48))))))

  ;; Walks the page table as the sweep does: free pages are free in the
  ;; bitmap, every span's pages are in use and name it, its header is
  ;; well-formed, and the live bytes add up to $gc_live. Returns the
  ;; number of small spans with free slots.
  (func $gc_verify_spans (result i32)
    (local $i i32) (local $j i32) (local $page i32) (local $span i32) (local $np i32)
    (local $nfree i32) (local $partial i32) (local $live i64)
    (block $done
      (loop $pages
        (br_if $done (i32.ge_u (local.get $i) (global.get $gc_npages)))
        (local.set $page (i32.add (i32.const @HEAP_START@) (i32.shl (local.get $i) (i32.const 13))))
        (local.set $span (call $gc_verify_page_span (local.get $i)))
        (if (i32.eqz (local.get $span))
          (then
            (if (call $gc_page_used (local.get $i))
              (then (call $gc_verify_fail (i32.const @V_BITMAP_FREE@) (local.get $page))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $pages)))
        ;; a span's first page holds its header
        (if (i32.ne (local.get $span) (local.get $page))
          (then (call $gc_verify_fail (i32.const @V_PAGE_TABLE@) (local.get $page))))
        (local.set $np (i32.load offset=24 (local.get $span)))
        (if (i32.or (i32.eqz (local.get $np))
              (i32.gt_u (local.get $np) (i32.sub (global.get $gc_npages) (local.get $i))))
          (then (call $gc_verify_fail (i32.const @V_SPAN_PAGES@) (local.get $span))))
        (local.set $j (local.get $i))
        (loop $own
          (if (i32.ne (call $gc_verify_page_span (local.get $j)) (local.get $span))
            (then (call $gc_verify_fail (i32.const @V_PAGE_TABLE@)
              (i32.add (i32.const @HEAP_START@) (i32.shl (local.get $j) (i32.const 13))))))
          (if (i32.eqz (call $gc_page_used (local.get $j)))
            (then (call $gc_verify_fail (i32.const @V_BITMAP_USED@)
              (i32.add (i32.const @HEAP_START@) (i32.shl (local.get $j) (i32.const 13))))))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br_if $own (i32.lt_u (local.get $j) (i32.add (local.get $i) (local.get $np)))))
        (if (i32.eq (i32.load (local.get $span)) (i32.const 1))
          (then
            (local.set $nfree (call $gc_verify_small (local.get $span)))
            (if (local.get $nfree) (then (local.set $partial (i32.add (local.get $partial) (i32.const 1)))))
            (local.set $live (i64.add (local.get $live)
              (i64.extend_i32_u (i32.mul (i32.sub (i32.load offset=12 (local.get $span)) (local.get $nfree))
                (i32.load offset=8 (local.get $span)))))))
          (else
            (call $gc_verify_large (local.get $span))
            (local.set $live (i64.add (local.get $live)
              (i64.extend_i32_u (i32.shl (local.get $np) (i32.const 13)))))))
        (local.set $i (i32.add (local.get $i) (local.get $np)))
        (br $pages)))
    (if (i64.ne (local.get $live) (global.get $gc_live))
      (then (call $gc_verify_fail (i32.const @V_LIVE@) (i32.wrap_i64 (global.get $gc_live)))))
    (local.get $partial))

  ;; The lists of spans with free slots hold exactly the $want small spans
  ;; with free slots, each on the list of its own span class; a bounded
  ;; walk, so a cycle is reported, not followed forever.
  (func $gc_verify_partial (param $want i32)
    (local $sc i32) (local $s i32) (local $cnt i32)
    (loop $classes
      (local.set $s (i32.load (i32.add (i32.const @PARTIAL@) (i32.shl (local.get $sc) (i32.const 2)))))
      (block $list_done
        (loop $list
          (br_if $list_done (i32.eqz (local.get $s)))
          (if (i32.ge_u (local.get $cnt) (local.get $want))
            (then (call $gc_verify_fail (i32.const @V_PARTIAL_COUNT@) (local.get $s))))
          (if (i32.or
                (i32.or (i32.lt_u (local.get $s) (i32.const @HEAP_START@))
                        (i32.ge_u (local.get $s) (global.get $gc_heap_end)))
                (i32.and (local.get $s) (i32.const 8191)))
            (then (call $gc_verify_fail (i32.const @V_PARTIAL_SPAN@) (local.get $s))))
          (if (i32.or
                (i32.ne (call $gc_verify_page_span
                          (i32.shr_u (i32.sub (local.get $s) (i32.const @HEAP_START@)) (i32.const 13)))
                        (local.get $s))
                (i32.ne (i32.load (local.get $s)) (i32.const 1)))
            (then (call $gc_verify_fail (i32.const @V_PARTIAL_SPAN@) (local.get $s))))
          (if (i32.or (i32.ne (i32.load offset=4 (local.get $s)) (local.get $sc))
                      (i32.eqz (i32.load offset=20 (local.get $s))))
            (then (call $gc_verify_fail (i32.const @V_PARTIAL_CLASS@) (local.get $s))))
          (local.set $cnt (i32.add (local.get $cnt) (i32.const 1)))
          (local.set $s (i32.load offset=40 (local.get $s)))
          (br $list)))
      (local.set $sc (i32.add (local.get $sc) (i32.const 1)))
      (br_if $classes (i32.lt_u (local.get $sc) (i32.const @NUM_SPAN_CLASSES@))))
    (if (i32.ne (local.get $cnt) (local.get $want))
      (then (call $gc_verify_fail (i32.const @V_PARTIAL_COUNT@) (i32.const @PARTIAL@)))))

  ;; A descriptor lies in the static data, 4-aligned, with room for its
  ;; size and run count.
  (func $gc_verify_desc_addr (param $desc i32)
    (if (i32.or
          (i32.or (i32.lt_u (local.get $desc) (i32.const @DATA_START@))
                  (i32.gt_u (local.get $desc) (i32.const @DESC_MAX@)))
          (i32.and (local.get $desc) (i32.const 3)))
      (then (call $gc_verify_fail (i32.const @V_DESC_ADDR@) (local.get $desc)))))

  ;; A reachable pointer $p: nil and addresses outside the heap (static
  ;; data, zerobase) are fine; a heap address must lie in an object of a
  ;; live span. Marks the object reached (1) and queues it for scanning,
  ;; after checking that the sweep did not free it (mark 2) and that an
  ;; object of a scan span has its descriptor.
  (func $gc_verify_ptr (param $p i32)
    (local $span i32) (local $obj i32) (local $size i32) (local $idx i32) (local $m i32)
    (local $descs i32)
    (if (i32.lt_u (local.get $p) (i32.const @HEAP_START@)) (then (return)))
    (if (i32.ge_u (local.get $p) (global.get $gc_heap_end)) (then (return)))
    (local.set $span (call $gc_verify_page_span
      (i32.shr_u (i32.sub (local.get $p) (i32.const @HEAP_START@)) (i32.const 13))))
    (if (i32.eqz (local.get $span))
      (then (call $gc_verify_fail (i32.const @V_PTR_FREE_PAGE@) (local.get $p))))
    (local.set $obj (i32.load offset=28 (local.get $span)))
    (local.set $size (i32.load offset=8 (local.get $span)))
    (if (i32.lt_u (local.get $p) (local.get $obj))
      (then (call $gc_verify_fail (i32.const @V_PTR_HEADER@) (local.get $p))))
    (if (i32.eq (i32.load (local.get $span)) (i32.const 2))
      (then
        (if (i32.ge_u (i32.sub (local.get $p) (local.get $obj)) (local.get $size))
          (then (call $gc_verify_fail (i32.const @V_PTR_SLACK@) (local.get $p))))
        (if (i32.load offset=32 (local.get $span)) (then (return)))
        (i32.store offset=32 (local.get $span) (i32.const 1))
        (if (i32.load offset=36 (local.get $span)) (then (call $gc_push (local.get $obj))))
        (return)))
    (local.set $idx (i32.div_u (i32.sub (local.get $p) (local.get $obj)) (local.get $size)))
    (if (i32.ge_u (local.get $idx) (i32.load offset=12 (local.get $span)))
      (then (call $gc_verify_fail (i32.const @V_PTR_SLACK@) (local.get $p))))
    (local.set $obj (i32.add (local.get $obj) (i32.mul (local.get $idx) (local.get $size))))
    (local.set $m (i32.add (i32.load offset=32 (local.get $span)) (local.get $idx)))
    (if (i32.eq (i32.load8_u (local.get $m)) (i32.const 1)) (then (return)))
    (if (i32.load8_u (local.get $m))
      (then (call $gc_verify_fail (i32.const @V_FREED@) (local.get $obj))))
    (i32.store8 (local.get $m) (i32.const 1))
    (local.set $descs (i32.load offset=36 (local.get $span)))
    (if (i32.eqz (local.get $descs)) (then (return)))
    (if (i32.eqz (i32.load (i32.add (local.get $descs) (i32.shl (local.get $idx) (i32.const 2)))))
      (then (call $gc_verify_fail (i32.const @V_NO_DESC@) (local.get $obj))))
    (call $gc_push (local.get $obj)))

  ;; $gc_scan with checks: the descriptor is well-formed (in the static
  ;; data, element size > 0 and at most the object's size, at least one
  ;; run, every run's words or sub-elements within the element, pointer
  ;; words 4-aligned), and every pointer it names passes $gc_verify_ptr.
  (func $gc_verify_scan (param $base i32) (param $size i32) (param $desc i32)
    (local $esize i32) (local $nruns i32) (local $end i32) (local $r i32) (local $rend i32)
    (local $p i32) (local $cnt i32) (local $stride i32) (local $sub i32) (local $w i32)
    (call $gc_verify_desc_addr (local.get $desc))
    (local.set $esize (i32.load (local.get $desc)))
    (local.set $nruns (i32.load offset=4 (local.get $desc)))
    (if (i32.or (i32.or (i32.eqz (local.get $esize)) (i32.eqz (local.get $nruns)))
          (i32.gt_u (local.get $nruns)
            (i32.shr_u (i32.sub (i32.const @DESC_MAX@) (local.get $desc)) (i32.const 4))))
      (then (call $gc_verify_fail (i32.const @V_DESC_BAD@) (local.get $desc))))
    (if (i32.gt_u (local.get $esize) (local.get $size))
      (then (call $gc_verify_fail (i32.const @V_DESC_SIZE@) (local.get $base))))
    (local.set $rend (i32.add (i32.add (local.get $desc) (i32.const 8)) (i32.shl (local.get $nruns) (i32.const 4))))
    ;; the runs, once per call
    (local.set $r (i32.add (local.get $desc) (i32.const 8)))
    (block $checked
      (loop $run
        (br_if $checked (i32.ge_u (local.get $r) (local.get $rend)))
        (local.set $cnt (i32.load offset=4 (local.get $r)))
        (local.set $stride (i32.load offset=8 (local.get $r)))
        (local.set $sub (i32.load offset=12 (local.get $r)))
        (local.set $w (i32.const 4))
        (if (local.get $sub)
          (then
            (call $gc_verify_desc_addr (local.get $sub))
            (local.set $w (i32.load (local.get $sub))))
          (else
            (if (i32.and (i32.or (i32.load (local.get $r)) (local.get $stride)) (i32.const 3))
              (then (call $gc_verify_fail (i32.const @V_DESC_RUN@) (local.get $desc))))))
        (if (local.get $cnt)
          (then
            (if (local.get $stride)
              (then
                (if (i32.gt_u (i32.sub (local.get $cnt) (i32.const 1)) (i32.div_u (local.get $esize) (local.get $stride)))
                  (then (call $gc_verify_fail (i32.const @V_DESC_RUN@) (local.get $desc))))))
            (if (i64.gt_u
                  (i64.add
                    (i64.add (i64.extend_i32_u (i32.load (local.get $r))) (i64.extend_i32_u (local.get $w)))
                    (i64.mul (i64.extend_i32_u (i32.sub (local.get $cnt) (i32.const 1)))
                      (i64.extend_i32_u (local.get $stride))))
                  (i64.extend_i32_u (local.get $esize)))
              (then (call $gc_verify_fail (i32.const @V_DESC_RUN@) (local.get $desc))))))
        (local.set $r (i32.add (local.get $r) (i32.const 16)))
        (br $run)))
    ;; the elements, as $gc_scan walks them
    (local.set $end (i32.add (local.get $base)
      (i32.mul (i32.div_u (local.get $size) (local.get $esize)) (local.get $esize))))
    (block $done
      (loop $elem
        (br_if $done (i32.ge_u (local.get $base) (local.get $end)))
        (local.set $r (i32.add (local.get $desc) (i32.const 8)))
        (block $runs_done
          (loop $each_run
            (br_if $runs_done (i32.ge_u (local.get $r) (local.get $rend)))
            (local.set $p (i32.add (local.get $base) (i32.load (local.get $r))))
            (local.set $cnt (i32.load offset=4 (local.get $r)))
            (local.set $stride (i32.load offset=8 (local.get $r)))
            (local.set $sub (i32.load offset=12 (local.get $r)))
            (block $words_done
              (loop $word
                (br_if $words_done (i32.eqz (local.get $cnt)))
                (if (local.get $sub)
                  (then (call $gc_verify_scan (local.get $p) (i32.load (local.get $sub)) (local.get $sub)))
                  (else (call $gc_verify_ptr (i32.load (local.get $p)))))
                (local.set $p (i32.add (local.get $p) (local.get $stride)))
                (local.set $cnt (i32.sub (local.get $cnt) (i32.const 1)))
                (br $word)))
            (local.set $r (i32.add (local.get $r) (i32.const 16)))
            (br $each_run)))
        (local.set $base (i32.add (local.get $base) (local.get $esize)))
        (br $elem))))

  ;; Scans one reached heap object given its base address.
  (func $gc_verify_scan_object (param $obj i32)
    (local $span i32) (local $size i32)
    (local.set $span (call $gc_verify_page_span
      (i32.shr_u (i32.sub (local.get $obj) (i32.const @HEAP_START@)) (i32.const 13))))
    (local.set $size (i32.load offset=8 (local.get $span)))
    (if (i32.eq (i32.load (local.get $span)) (i32.const 1))
      (then
        (call $gc_verify_scan (local.get $obj) (local.get $size)
          (i32.load (i32.add (i32.load offset=36 (local.get $span))
            (i32.shl
              (i32.div_u (i32.sub (local.get $obj) (i32.load offset=28 (local.get $span))) (local.get $size))
              (i32.const 2))))))
      (else (call $gc_verify_scan (local.get $obj) (local.get $size) (i32.load offset=36 (local.get $span))))))

  (func $gc_verify_drain
    (block $done
      (loop $pop
        (br_if $done (i32.le_u (global.get $gc_msp) (i32.const @MARK_STACK@)))
        (global.set $gc_msp (i32.sub (global.get $gc_msp) (i32.const 4)))
        (call $gc_verify_scan_object (i32.load (global.get $gc_msp)))
        (br $pop))))

  ;; After a gray-stack overflow: rescans every reached object that holds
  ;; pointers, as $gc_rescan does for the marker.
  (func $gc_verify_rescan
    (local $i i32) (local $span i32) (local $idx i32) (local $n i32) (local $size i32)
    (block $done
      (loop $spans
        (br_if $done (i32.ge_u (local.get $i) (global.get $gc_npages)))
        (local.set $span (call $gc_verify_page_span (local.get $i)))
        (if (i32.eqz (local.get $span))
          (then (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $spans)))
        (if (i32.eq (i32.load (local.get $span)) (i32.const 1))
          (then
            (if (i32.load offset=36 (local.get $span))
              (then
                (local.set $n (i32.load offset=12 (local.get $span)))
                (local.set $size (i32.load offset=8 (local.get $span)))
                (local.set $idx (i32.const 0))
                (block $objs_done
                  (loop $objs
                    (br_if $objs_done (i32.ge_u (local.get $idx) (local.get $n)))
                    (if (i32.eq (i32.load8_u (i32.add (i32.load offset=32 (local.get $span)) (local.get $idx)))
                          (i32.const 1))
                      (then
                        (call $gc_verify_scan_object (i32.add (i32.load offset=28 (local.get $span))
                          (i32.mul (local.get $idx) (local.get $size))))
                        (call $gc_verify_drain)))
                    (local.set $idx (i32.add (local.get $idx) (i32.const 1)))
                    (br $objs))))))
          (else
            (if (i32.and (i32.ne (i32.load offset=32 (local.get $span)) (i32.const 0))
                         (i32.ne (i32.load offset=36 (local.get $span)) (i32.const 0)))
              (then
                (call $gc_verify_scan_object (i32.load offset=28 (local.get $span)))
                (call $gc_verify_drain)))))
        (local.set $i (i32.add (local.get $i) (i32.load offset=24 (local.get $span))))
        (br $spans))))

  ;; Every object the sweep kept was reached (so the marker and the
  ;; verifier agree on what is live); clears the verifier's marks.
  (func $gc_verify_reached
    (local $i i32) (local $span i32) (local $n i32) (local $idx i32) (local $mark i32)
    (local $v i64)
    (block $done
      (loop $spans
        (br_if $done (i32.ge_u (local.get $i) (global.get $gc_npages)))
        (local.set $span (call $gc_verify_page_span (local.get $i)))
        (if (i32.eqz (local.get $span))
          (then (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $spans)))
        (if (i32.eq (i32.load (local.get $span)) (i32.const 1))
          (then
            (local.set $n (i32.load offset=12 (local.get $span)))
            (local.set $mark (i32.load offset=32 (local.get $span)))
            (local.set $idx (i32.const 0))
            ;; 8 marks at a time while none is 0, then one by one
            (block $wide_done
              (loop $wide
                (br_if $wide_done (i32.gt_u (i32.add (local.get $idx) (i32.const 8)) (local.get $n)))
                (local.set $v (i64.load (i32.add (local.get $mark) (local.get $idx))))
                (br_if $wide_done (i64.ne (i64.const 0)
                  (i64.and (i64.and (i64.sub (local.get $v) (i64.const 0x0101010101010101))
                                    (i64.xor (local.get $v) (i64.const -1)))
                           (i64.const 0x8080808080808080))))
                (local.set $idx (i32.add (local.get $idx) (i32.const 8)))
                (br $wide)))
            (block $objs_done
              (loop $objs
                (br_if $objs_done (i32.ge_u (local.get $idx) (local.get $n)))
                (if (i32.eqz (i32.load8_u (i32.add (local.get $mark) (local.get $idx))))
                  (then (call $gc_verify_fail (i32.const @V_UNREACHED@)
                    (i32.add (i32.load offset=28 (local.get $span))
                      (i32.mul (local.get $idx) (i32.load offset=8 (local.get $span)))))))
                (local.set $idx (i32.add (local.get $idx) (i32.const 1)))
                (br $objs)))
            (memory.fill (local.get $mark) (i32.const 0) (local.get $n)))
          (else
            (if (i32.eqz (i32.load offset=32 (local.get $span)))
              (then (call $gc_verify_fail (i32.const @V_UNREACHED@) (i32.load offset=28 (local.get $span)))))
            (i32.store offset=32 (local.get $span) (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.load offset=24 (local.get $span))))
        (br $spans))))

  ;; The verifier: spans and free lists, then everything reachable from
  ;; the marker's roots (globals, shadow stack), then the sweep's result.
  (func $gc_verify
    (local $r i32) (local $d i32) (local $a i32)
    ;; after each of the first collections, then after every 2^k-th one
    ;; (VERIFY_ALL and VERIFY_EVERY in runtime.rs)
    (if (i32.gt_u (global.get $gc_cycles) (i32.const @VERIFY_ALL@))
      (then
        (if (i32.and (global.get $gc_cycles) (i32.const @VERIFY_MASK@)) (then (return)))))
    (call $gc_verify_partial (call $gc_verify_spans))
    (local.set $r (i32.const @ROOTS@))
    (block $roots_done
      (loop $roots
        (br_if $roots_done (i32.ge_u (local.get $r) (i32.const @ROOTS_END@)))
        (local.set $d (i32.load offset=4 (local.get $r)))
        (call $gc_verify_desc_addr (local.get $d))
        (call $gc_verify_scan (i32.load (local.get $r)) (i32.load (local.get $d)) (local.get $d))
        (call $gc_verify_drain)
        (local.set $r (i32.add (local.get $r) (i32.const 8)))
        (br $roots)))
    (local.set $a (global.get $sp))
    (block $stack_done
      (loop $stack
        (br_if $stack_done (i32.ge_u (local.get $a) (i32.const @SS_TOP@)))
        (call $gc_verify_ptr (i32.load (local.get $a)))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (br $stack)))
    (call $gc_verify_drain)
    (block $stable
      (loop $again
        (br_if $stable (i32.eqz (global.get $gc_overflow)))
        (global.set $gc_overflow (i32.const 0))
        (call $gc_verify_rescan)
        (br $again)))
    (call $gc_verify_reached))
