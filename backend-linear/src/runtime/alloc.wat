  ;; ---------------------------------------------------------------------
  ;; Page heap and size-class allocator (see src/runtime.rs for the design).
  ;;
  ;; Span header (HDR = 48 bytes at the span's first address):
  ;;   0 kind (1 small, 2 large)     4 spanclass (class*2+noscan) | noscan
  ;;   8 elemsize                    12 nelems
  ;;  16 freelist                    20 nfree
  ;;  24 npages                      28 objstart
  ;;  32 markbase (small) | mark     36 descbase (small, 0 = noscan) | desc
  ;;  40 next span with free slots
  ;; A small span holds after the header: nelems mark bytes, then (scan
  ;; spans) nelems u32 descriptors, then the objects (8-aligned).
  ;; ---------------------------------------------------------------------
  (global $sp (mut i32) (i32.const @SS_TOP@))
  (global $gc_heap_end (mut i32) (i32.const @HEAP_START@))
  (global $gc_npages (mut i32) (i32.const 0))
  (global $gc_hint (mut i32) (i32.const 0))
  (global $gc_live (mut i64) (i64.const 0))
  (global $gc_next (mut i64) (i64.const @GC_NEXT0@))
  (global $gc_msp (mut i32) (i32.const @MARK_STACK@))
  (global $gc_overflow (mut i32) (i32.const 0))
  (global $gc_cycles (mut i32) (i32.const 0))

  ;; Is heap page $i in use?
  (func $gc_page_used (param $i i32) (result i32)
    (i32.and
      (i32.load8_u (i32.add (i32.const @PAGE_BITMAP@) (i32.shr_u (local.get $i) (i32.const 3))))
      (i32.shl (i32.const 1) (i32.and (local.get $i) (i32.const 7)))))

  ;; First run of $n free pages at or after the hint, or -1.
  (func $gc_find_run (param $n i32) (result i32)
    (local $i i32) (local $start i32) (local $count i32)
    (local.set $i (global.get $gc_hint))
    (local.set $start (local.get $i))
    (block $none
      (loop $scan
        (br_if $none (i32.ge_u (local.get $i) (global.get $gc_npages)))
        ;; skip 64 used pages at once
        (if (i32.and
              (i32.eqz (i32.and (local.get $i) (i32.const 63)))
              (i32.le_u (i32.add (local.get $i) (i32.const 64)) (global.get $gc_npages)))
          (then
            (if (i64.eq (i64.const -1)
                  (i64.load (i32.add (i32.const @PAGE_BITMAP@) (i32.shr_u (local.get $i) (i32.const 3)))))
              (then
                (local.set $i (i32.add (local.get $i) (i32.const 64)))
                (local.set $start (local.get $i))
                (local.set $count (i32.const 0))
                (br $scan)))))
        (if (call $gc_page_used (local.get $i))
          (then
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $start (local.get $i))
            (local.set $count (i32.const 0))
            (br $scan)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (br_if $scan (i32.lt_u (local.get $count) (local.get $n)))
        (return (local.get $start))))
    (i32.const -1))

  ;; Grows memory by at least $n pages; 0 on failure.
  (func $gc_grow (param $n i32) (result i32)
    (local $need i32) (local $want i32)
    (local.set $need (i32.shr_u (i32.add (local.get $n) (i32.const 7)) (i32.const 3)))
    (local.set $want (local.get $need))
    (if (i32.lt_u (local.get $want) (i32.const 16)) (then (local.set $want (i32.const 16))))
    (if (i32.eq (memory.grow (local.get $want)) (i32.const -1))
      (then
        (local.set $want (local.get $need))
        (if (i32.eq (memory.grow (local.get $want)) (i32.const -1))
          (then (return (i32.const 0))))))
    (global.set $gc_npages (i32.add (global.get $gc_npages) (i32.shl (local.get $want) (i32.const 3))))
    (global.set $gc_heap_end (i32.add (global.get $gc_heap_end) (i32.shl (local.get $want) (i32.const 16))))
    (i32.const 1))

  ;; Takes a run of $n pages for a span; returns its address, 0 if memory
  ;; is exhausted.
  (func $gc_pages_alloc (param $n i32) (result i32)
    (local $s i32) (local $i i32) (local $addr i32) (local $b i32)
    (local.set $s (call $gc_find_run (local.get $n)))
    (if (i32.lt_s (local.get $s) (i32.const 0))
      (then
        (if (i32.eqz (call $gc_grow (local.get $n))) (then (return (i32.const 0))))
        (local.set $s (call $gc_find_run (local.get $n)))
        (if (i32.lt_s (local.get $s) (i32.const 0)) (then (return (i32.const 0))))))
    (if (i32.eq (local.get $s) (global.get $gc_hint))
      (then (global.set $gc_hint (i32.add (local.get $s) (local.get $n)))))
    (local.set $addr (i32.add (i32.const @HEAP_START@) (i32.shl (local.get $s) (i32.const 13))))
    (local.set $i (local.get $s))
    (loop $mark
      (local.set $b (i32.add (i32.const @PAGE_BITMAP@) (i32.shr_u (local.get $i) (i32.const 3))))
      (i32.store8 (local.get $b)
        (i32.or (i32.load8_u (local.get $b))
          (i32.shl (i32.const 1) (i32.and (local.get $i) (i32.const 7)))))
      (i32.store (i32.add (i32.const @PAGE_TABLE@) (i32.shl (local.get $i) (i32.const 2))) (local.get $addr))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $mark (i32.lt_u (local.get $i) (i32.add (local.get $s) (local.get $n)))))
    (local.get $addr))

  ;; Returns the $n pages of the span at $addr to the page heap.
  (func $gc_pages_free (param $addr i32) (param $n i32)
    (local $s i32) (local $i i32) (local $b i32)
    (local.set $s (i32.shr_u (i32.sub (local.get $addr) (i32.const @HEAP_START@)) (i32.const 13)))
    (local.set $i (local.get $s))
    (loop $clear
      (local.set $b (i32.add (i32.const @PAGE_BITMAP@) (i32.shr_u (local.get $i) (i32.const 3))))
      (i32.store8 (local.get $b)
        (i32.and (i32.load8_u (local.get $b))
          (i32.xor (i32.const -1) (i32.shl (i32.const 1) (i32.and (local.get $i) (i32.const 7))))))
      (i32.store (i32.add (i32.const @PAGE_TABLE@) (i32.shl (local.get $i) (i32.const 2))) (i32.const 0))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $clear (i32.lt_u (local.get $i) (i32.add (local.get $s) (local.get $n)))))
    (if (i32.lt_u (local.get $s) (global.get $gc_hint)) (then (global.set $gc_hint (local.get $s)))))

  ;; The size class of a small size (Go's size_to_class8/128 lookup).
  (func $gc_size_class (param $size i32) (result i32)
    (if (result i32) (i32.le_u (local.get $size) (i32.const 1016))
      (then (i32.load8_u (i32.add (i32.const @SIZE_TO_CLASS8@)
        (i32.shr_u (i32.add (local.get $size) (i32.const 7)) (i32.const 3)))))
      (else (i32.load8_u (i32.add (i32.const @SIZE_TO_CLASS128@)
        (i32.shr_u (i32.sub (i32.add (local.get $size) (i32.const 127)) (i32.const 1024)) (i32.const 7)))))))

  ;; A fresh span for size class $class, all slots on its free list; 0 when
  ;; memory is exhausted.
  (func $gc_span_new (param $class i32) (param $noscan i32) (result i32)
    (local $np i32) (local $size i32) (local $span i32) (local $n i32)
    (local $mark i32) (local $desc i32) (local $obj i32) (local $i i32) (local $fl i32)
    (local.set $np (i32.load8_u (i32.add (i32.const @CLASS_TO_NPAGES@) (local.get $class))))
    (local.set $size (i32.load16_u (i32.add (i32.const @CLASS_TO_SIZE@) (i32.shl (local.get $class) (i32.const 1)))))
    (local.set $span (call $gc_pages_alloc (local.get $np)))
    (if (i32.eqz (local.get $span)) (then (return (i32.const 0))))
    ;; objects + 1 mark byte (+ 4 descriptor bytes) each, 16 bytes of slack for alignment
    (local.set $n (i32.div_u
      (i32.sub (i32.shl (local.get $np) (i32.const 13)) (i32.const 64))
      (i32.add (local.get $size) (select (i32.const 1) (i32.const 5) (local.get $noscan)))))
    (local.set $mark (i32.add (local.get $span) (i32.const 48)))
    (local.set $obj (i32.add (local.get $mark) (local.get $n)))
    (if (i32.eqz (local.get $noscan))
      (then
        (local.set $desc (i32.and (i32.add (local.get $obj) (i32.const 3)) (i32.const -4)))
        (local.set $obj (i32.add (local.get $desc) (i32.shl (local.get $n) (i32.const 2))))))
    (local.set $obj (i32.and (i32.add (local.get $obj) (i32.const 7)) (i32.const -8)))
    (memory.fill (local.get $mark) (i32.const 0) (i32.sub (local.get $obj) (local.get $mark)))
    (i32.store offset=0 (local.get $span) (i32.const 1))
    (i32.store offset=4 (local.get $span)
      (i32.or (i32.shl (local.get $class) (i32.const 1)) (local.get $noscan)))
    (i32.store offset=8 (local.get $span) (local.get $size))
    (i32.store offset=12 (local.get $span) (local.get $n))
    (i32.store offset=20 (local.get $span) (local.get $n))
    (i32.store offset=24 (local.get $span) (local.get $np))
    (i32.store offset=28 (local.get $span) (local.get $obj))
    (i32.store offset=32 (local.get $span) (local.get $mark))
    (i32.store offset=36 (local.get $span) (local.get $desc))
    (i32.store offset=40 (local.get $span) (i32.const 0))
    ;; thread the free list through the slots, lowest address first
    (local.set $i (local.get $n))
    (block $done
      (loop $thread
        (br_if $done (i32.eqz (local.get $i)))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (local.set $desc (i32.add (local.get $obj) (i32.mul (local.get $i) (local.get $size))))
        (i32.store (local.get $desc) (local.get $fl))
        (local.set $fl (local.get $desc))
        (br $thread)))
    (i32.store offset=16 (local.get $span) (local.get $fl))
    (local.get $span))

  ;; Allocates a zeroed object of $size bytes whose pointers are described
  ;; by descriptor $desc (0: the object holds no pointers). Collects first
  ;; when the heap has grown past the goal; panics when memory is exhausted.
  (func $gc_alloc (param $size i32) (param $desc i32) (result i32)
    (local $class i32) (local $sc i32) (local $head i32) (local $span i32)
    (local $obj i32) (local $esize i32) (local $np i32) (local $collected i32)
    (if (i32.eqz (local.get $size)) (then (return (i32.const @ZEROBASE@))))
    (if (i32.gt_u (local.get $size) (i32.const 0x7fff0000)) (then (call $rt_panic_oom) (unreachable)))
    (if (i64.ge_u (i64.add (global.get $gc_live) (i64.extend_i32_u (local.get $size))) (global.get $gc_next))
      (then (call $gc_collect) (local.set $collected (i32.const 1))))
    (loop $retry
      (if (i32.le_u (local.get $size) (i32.const @MAX_SMALL@))
        (then
          (local.set $class (call $gc_size_class (local.get $size)))
          (local.set $sc (i32.or (i32.shl (local.get $class) (i32.const 1)) (i32.eqz (local.get $desc))))
          (local.set $head (i32.add (i32.const @PARTIAL@) (i32.shl (local.get $sc) (i32.const 2))))
          (local.set $span (i32.load (local.get $head)))
          (if (i32.eqz (local.get $span))
            (then
              (local.set $span (call $gc_span_new (local.get $class) (i32.eqz (local.get $desc))))
              (i32.store (local.get $head) (local.get $span))))
          (if (local.get $span)
            (then
              (local.set $obj (i32.load offset=16 (local.get $span)))
              (i32.store offset=16 (local.get $span) (i32.load (local.get $obj)))
              (i32.store offset=20 (local.get $span) (i32.sub (i32.load offset=20 (local.get $span)) (i32.const 1)))
              (if (i32.eqz (i32.load offset=20 (local.get $span)))
                (then
                  (i32.store (local.get $head) (i32.load offset=40 (local.get $span)))
                  (i32.store offset=40 (local.get $span) (i32.const 0))))
              (local.set $esize (i32.load offset=8 (local.get $span)))
              (if (local.get $desc)
                (then
                  (i32.store
                    (i32.add (i32.load offset=36 (local.get $span))
                      (i32.shl
                        (i32.div_u (i32.sub (local.get $obj) (i32.load offset=28 (local.get $span))) (local.get $esize))
                        (i32.const 2)))
                    (local.get $desc))))
              (memory.fill (local.get $obj) (i32.const 0) (local.get $esize))
              (global.set $gc_live (i64.add (global.get $gc_live) (i64.extend_i32_u (local.get $esize))))
              (return (local.get $obj)))))
        (else
          (local.set $np (i32.shr_u (i32.add (local.get $size) (i32.const 8239)) (i32.const 13)))
          (local.set $span (call $gc_pages_alloc (local.get $np)))
          (if (local.get $span)
            (then
              (local.set $esize (i32.and (i32.add (local.get $size) (i32.const 7)) (i32.const -8)))
              (local.set $obj (i32.add (local.get $span) (i32.const 48)))
              (i32.store offset=0 (local.get $span) (i32.const 2))
              (i32.store offset=4 (local.get $span) (i32.eqz (local.get $desc)))
              (i32.store offset=8 (local.get $span) (local.get $esize))
              (i32.store offset=12 (local.get $span) (i32.const 1))
              (i32.store offset=24 (local.get $span) (local.get $np))
              (i32.store offset=28 (local.get $span) (local.get $obj))
              (i32.store offset=32 (local.get $span) (i32.const 0))
              (i32.store offset=36 (local.get $span) (local.get $desc))
              (i32.store offset=40 (local.get $span) (i32.const 0))
              (memory.fill (local.get $obj) (i32.const 0) (local.get $esize))
              (global.set $gc_live (i64.add (global.get $gc_live)
                (i64.extend_i32_u (i32.shl (local.get $np) (i32.const 13)))))
              (return (local.get $obj))))))
      ;; out of pages: collect once, then give up
      (if (local.get $collected) (then (call $rt_panic_oom) (unreachable)))
      (call $gc_collect)
      (local.set $collected (i32.const 1))
      (br $retry))
    (unreachable))
