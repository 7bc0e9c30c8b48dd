//! Fixed support functions in WebAssembly text, included when used.
//!
//! Strings are `(ref null $bytes, offset, len)`; these functions compare,
//! concatenate, convert and print them, encode a rune as UTF-8, and check
//! `make`'s arguments. `growcap` is Go's `growslice` capacity rule
//! (`nextslicecap`, then `roundupsize` to the malloc size class, using
//! Go's amd64 element size), so `cap` after `append` matches `go run`; the
//! size class table is copied from Go's `internal/runtime/gc/sizeclasses.go`.

/// Go's malloc size classes (`SizeClassToSize`), class 0 included.
const SIZE_CLASSES: [u16; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Where `print_str` stages bytes for `$rt_write` (above the runtime's
/// first page).
pub(crate) const SCRATCH: u32 = 65536;

/// Support functions a function needs in turn.
fn deps(name: &str) -> &'static [&'static str] {
    match name {
        "growcap" | "str_to_bytes" => &["roundupsize"],
        _ => &[],
    }
}

/// The text of every support function in `used` (and their dependencies),
/// plus the globals they need.
pub(crate) fn text(used: &std::collections::BTreeSet<&'static str>) -> String {
    let mut all: Vec<&str> = used.iter().copied().collect();
    let mut i = 0;
    while i < all.len() {
        for d in deps(all[i]) {
            if !all.contains(d) {
                all.push(d);
            }
        }
        i += 1;
    }
    all.sort();
    let mut s = String::new();
    if all.contains(&"roundupsize") {
        let classes: Vec<String> = SIZE_CLASSES
            .iter()
            .map(|c| format!("i32.const {c}"))
            .collect();
        s.push_str(&format!(
            "  (global $gc.sizeclasses (ref $u16s) {} array.new_fixed $u16s {})\n",
            classes.join(" "),
            SIZE_CLASSES.len()
        ));
    }
    for name in all {
        s.push_str(&func(name));
    }
    s
}

fn func(name: &str) -> String {
    if name == "panic_str" {
        // A panic value is printed as Go's `printindented` does.
        return PRINT_STR
            .replace("$gc.print_str", "$gc.panic_str")
            .replace("call $rt_write\n", "call $rt_write_indented\n");
    }
    let text = match name {
        "str_eq" => STR_EQ,
        "str_cmp" => STR_CMP,
        "str_concat" => STR_CONCAT,
        "bytes_to_str" => BYTES_TO_STR,
        "str_to_bytes" => STR_TO_BYTES,
        "rune_to_str" => RUNE_TO_STR,
        "print_str" => PRINT_STR,
        "print_ptr" => PRINT_PTR,
        "roundupsize" => ROUNDUPSIZE,
        "growcap" => GROWCAP,
        "makeslice" => MAKESLICE,
        _ => "",
    };
    text.to_string()
}

const STR_EQ: &str = r#"  (func $gc.str_eq (param $a (ref null $bytes)) (param $ao i32) (param $al i32) (param $b (ref null $bytes)) (param $bo i32) (param $bl i32) (result i32)
    (local $i i32)
    local.get $al
    local.get $bl
    i32.ne
    if
      i32.const 0
      return
    end
    block
      loop
        local.get $i
        local.get $al
        i32.ge_u
        br_if 1
        local.get $a
        local.get $ao
        local.get $i
        i32.add
        array.get_u $bytes
        local.get $b
        local.get $bo
        local.get $i
        i32.add
        array.get_u $bytes
        i32.ne
        if
          i32.const 0
          return
        end
        local.get $i
        i32.const 1
        i32.add
        local.set $i
        br 0
      end
    end
    i32.const 1)
"#;

const STR_CMP: &str = r#"  (func $gc.str_cmp (param $a (ref null $bytes)) (param $ao i32) (param $al i32) (param $b (ref null $bytes)) (param $bo i32) (param $bl i32) (result i32)
    (local $i i32) (local $n i32) (local $x i32) (local $y i32)
    local.get $al
    local.get $bl
    local.get $al
    local.get $bl
    i32.lt_u
    select
    local.set $n
    block
      loop
        local.get $i
        local.get $n
        i32.ge_u
        br_if 1
        local.get $a
        local.get $ao
        local.get $i
        i32.add
        array.get_u $bytes
        local.set $x
        local.get $b
        local.get $bo
        local.get $i
        i32.add
        array.get_u $bytes
        local.set $y
        local.get $x
        local.get $y
        i32.ne
        if
          local.get $x
          local.get $y
          i32.gt_u
          local.get $x
          local.get $y
          i32.lt_u
          i32.sub
          return
        end
        local.get $i
        i32.const 1
        i32.add
        local.set $i
        br 0
      end
    end
    local.get $al
    local.get $bl
    i32.gt_u
    local.get $al
    local.get $bl
    i32.lt_u
    i32.sub)
"#;

const STR_CONCAT: &str = r#"  (func $gc.str_concat (param $a (ref null $bytes)) (param $ao i32) (param $al i32) (param $b (ref null $bytes)) (param $bo i32) (param $bl i32) (result (ref null $bytes) i32 i32)
    (local $r (ref null $bytes))
    local.get $al
    i32.eqz
    if
      local.get $b
      local.get $bo
      local.get $bl
      return
    end
    local.get $bl
    i32.eqz
    if
      local.get $a
      local.get $ao
      local.get $al
      return
    end
    local.get $al
    local.get $bl
    i32.add
    array.new_default $bytes
    local.set $r
    local.get $r
    i32.const 0
    local.get $a
    local.get $ao
    local.get $al
    array.copy $bytes $bytes
    local.get $r
    local.get $al
    local.get $b
    local.get $bo
    local.get $bl
    array.copy $bytes $bytes
    local.get $r
    i32.const 0
    local.get $al
    local.get $bl
    i32.add)
"#;

const BYTES_TO_STR: &str = r#"  (func $gc.bytes_to_str (param $a (ref null $bytes)) (param $off i32) (param $len i32) (result (ref null $bytes) i32 i32)
    (local $r (ref null $bytes))
    local.get $len
    i32.eqz
    if
      ref.null $bytes
      i32.const 0
      i32.const 0
      return
    end
    local.get $len
    array.new_default $bytes
    local.set $r
    local.get $r
    i32.const 0
    local.get $a
    local.get $off
    local.get $len
    array.copy $bytes $bytes
    local.get $r
    i32.const 0
    local.get $len)
"#;

const STR_TO_BYTES: &str = r#"  (func $gc.str_to_bytes (param $a (ref null $bytes)) (param $off i32) (param $len i32) (result (ref null $bytes) i32 i32 i32)
    (local $r (ref null $bytes)) (local $cap i32)
    local.get $len
    i64.extend_i32_u
    i32.const 1
    call $gc.roundupsize
    i32.wrap_i64
    local.tee $cap
    array.new_default $bytes
    local.set $r
    local.get $len
    if
      local.get $r
      i32.const 0
      local.get $a
      local.get $off
      local.get $len
      array.copy $bytes $bytes
    end
    local.get $r
    i32.const 0
    local.get $len
    local.get $cap)
"#;

const RUNE_TO_STR: &str = r#"  (func $gc.rune_to_str (param $v i64) (result (ref null $bytes) i32 i32)
    (local $r i32)
    local.get $v
    i64.const 0x10ffff
    i64.gt_u
    local.get $v
    i64.const 0xd800
    i64.ge_u
    local.get $v
    i64.const 0xdfff
    i64.le_u
    i32.and
    i32.or
    if
      i64.const 0xfffd
      local.set $v
    end
    local.get $v
    i32.wrap_i64
    local.set $r
    local.get $r
    i32.const 0x80
    i32.lt_u
    if
      local.get $r
      array.new_fixed $bytes 1
      i32.const 0
      i32.const 1
      return
    end
    local.get $r
    i32.const 0x800
    i32.lt_u
    if
      local.get $r
      i32.const 6
      i32.shr_u
      i32.const 0xc0
      i32.or
      local.get $r
      i32.const 0x3f
      i32.and
      i32.const 0x80
      i32.or
      array.new_fixed $bytes 2
      i32.const 0
      i32.const 2
      return
    end
    local.get $r
    i32.const 0x10000
    i32.lt_u
    if
      local.get $r
      i32.const 12
      i32.shr_u
      i32.const 0xe0
      i32.or
      local.get $r
      i32.const 6
      i32.shr_u
      i32.const 0x3f
      i32.and
      i32.const 0x80
      i32.or
      local.get $r
      i32.const 0x3f
      i32.and
      i32.const 0x80
      i32.or
      array.new_fixed $bytes 3
      i32.const 0
      i32.const 3
      return
    end
    local.get $r
    i32.const 18
    i32.shr_u
    i32.const 0xf0
    i32.or
    local.get $r
    i32.const 12
    i32.shr_u
    i32.const 0x3f
    i32.and
    i32.const 0x80
    i32.or
    local.get $r
    i32.const 6
    i32.shr_u
    i32.const 0x3f
    i32.and
    i32.const 0x80
    i32.or
    local.get $r
    i32.const 0x3f
    i32.and
    i32.const 0x80
    i32.or
    array.new_fixed $bytes 4
    i32.const 0
    i32.const 4)
"#;

const PRINT_STR: &str = r#"  (func $gc.print_str (param $fd i32) (param $a (ref null $bytes)) (param $off i32) (param $len i32)
    (local $n i32) (local $j i32)
    block
      loop
        local.get $len
        i32.eqz
        br_if 1
        local.get $len
        i32.const 4096
        local.get $len
        i32.const 4096
        i32.lt_u
        select
        local.set $n
        i32.const 0
        local.set $j
        block
          loop
            local.get $j
            local.get $n
            i32.ge_u
            br_if 1
            local.get $j
            local.get $a
            local.get $off
            local.get $j
            i32.add
            array.get_u $bytes
            i32.store8 offset=65536
            local.get $j
            i32.const 1
            i32.add
            local.set $j
            br 0
          end
        end
        local.get $fd
        i32.const 65536
        local.get $n
        call $rt_write
        local.get $off
        local.get $n
        i32.add
        local.set $off
        local.get $len
        local.get $n
        i32.sub
        local.set $len
        br 0
      end
    end)
"#;

const PRINT_PTR: &str = r#"  (func $gc.print_ptr (param $fd i32) (param $null i32)
    local.get $fd
    i32.const 0x30
    call $rt_write_byte
    local.get $fd
    i32.const 0x78
    call $rt_write_byte
    local.get $null
    if
      local.get $fd
      i32.const 0x30
      call $rt_write_byte
      return
    end
    ;; Addresses mean nothing in WasmGC: print a plausible Go heap address.
    local.get $fd
    i32.const 0x63
    call $rt_write_byte
    local.get $fd
    i32.const 0x30
    call $rt_write_byte
    local.get $fd
    i32.const 0x30
    call $rt_write_byte
    local.get $fd
    i32.const 0x30
    call $rt_write_byte
    local.get $fd
    i32.const 0x30
    call $rt_write_byte
    local.get $fd
    i32.const 0x31
    call $rt_write_byte
    local.get $fd
    i32.const 0x30
    call $rt_write_byte
    local.get $fd
    i32.const 0x30
    call $rt_write_byte
    local.get $fd
    i32.const 0x30
    call $rt_write_byte
    local.get $fd
    i32.const 0x30
    call $rt_write_byte)
"#;

const ROUNDUPSIZE: &str = r#"  (func $gc.roundupsize (param $size i64) (param $noscan i32) (result i64)
    (local $req i64) (local $i i32) (local $c i64)
    local.get $size
    local.set $req
    local.get $req
    i64.const 32760
    i64.le_u
    if
      local.get $noscan
      i32.eqz
      local.get $req
      i64.const 512
      i64.gt_u
      i32.and
      if
        local.get $req
        i64.const 8
        i64.add
        local.set $req
      end
      loop
        global.get $gc.sizeclasses
        local.get $i
        array.get_u $u16s
        i64.extend_i32_u
        local.tee $c
        local.get $req
        i64.ge_u
        if
          local.get $c
          local.get $req
          local.get $size
          i64.sub
          i64.sub
          return
        end
        local.get $i
        i32.const 1
        i32.add
        local.tee $i
        i32.const 68
        i32.lt_u
        br_if 0
      end
    end
    local.get $size
    i64.const 8191
    i64.add
    local.tee $req
    local.get $size
    i64.lt_u
    if
      local.get $size
      return
    end
    local.get $req
    i64.const -8192
    i64.and)
"#;

const GROWCAP: &str = r#"  (func $gc.growcap (param $newlen i64) (param $oldcap i64) (param $es i64) (param $noscan i32) (result i64)
    (local $newcap i64)
    local.get $es
    i64.eqz
    if
      local.get $newlen
      return
    end
    local.get $oldcap
    local.set $newcap
    block $done
      local.get $newlen
      local.get $oldcap
      local.get $oldcap
      i64.add
      i64.gt_s
      if
        local.get $newlen
        local.set $newcap
        br $done
      end
      local.get $oldcap
      i64.const 256
      i64.lt_s
      if
        local.get $oldcap
        local.get $oldcap
        i64.add
        local.set $newcap
        br $done
      end
      loop
        local.get $newcap
        local.get $newcap
        i64.const 768
        i64.add
        i64.const 2
        i64.shr_s
        i64.add
        local.tee $newcap
        local.get $newlen
        i64.lt_u
        br_if 0
      end
      local.get $newcap
      i64.const 0
      i64.le_s
      if
        local.get $newlen
        local.set $newcap
      end
    end
    local.get $newcap
    local.get $es
    i64.mul
    local.get $noscan
    call $gc.roundupsize
    local.get $es
    i64.div_u)
"#;

const MAKESLICE: &str = r#"  (func $gc.makeslice (param $len i64) (param $cap i64) (param $es i64)
    (local $lim i64)
    i64.const 0x7fffffffffffffff
    local.set $lim
    local.get $es
    i64.eqz
    i32.eqz
    if
      i64.const 0x1000000000000
      local.get $es
      i64.div_u
      local.set $lim
    end
    local.get $len
    local.get $lim
    i64.gt_u
    if
      call $rt_panic_makeslice_len
      unreachable
    end
    local.get $cap
    local.get $len
    i64.lt_s
    local.get $cap
    local.get $lim
    i64.gt_u
    i32.or
    if
      call $rt_panic_makeslice_cap
      unreachable
    end
    local.get $cap
    i64.const 0x7fffffff
    i64.gt_u
    if
      call $rt_panic_oom
      unreachable
    end)
"#;

#[cfg(test)]
mod tests {
    #[test]
    fn scratch_matches_text() {
        assert!(super::PRINT_STR.contains(&format!("offset={}", super::SCRATCH)));
    }
}
