//! Per-type helper functions, generated on demand (see
//! [`crate::context::Helper`]).
//!
//! Aggregates follow the two-level layout: allocating a struct allocates
//! its nested structs and arrays, copying one copies their contents
//! (objects are never shared between two Go values), zeroing one zeroes
//! them in place. Arrays whose elements live in separate objects or cells
//! are filled one element at a time. Fat-pointer loads and stores dispatch
//! on the base's wasm type with `br_on_cast` (struct types are final, so a
//! cast is one compare in wasmtime), then on the selector with `br_table`
//! when several fields of one struct type can be addressed.

use crate::context::{Ctx, Helper};
use crate::pointers::Container;
use crate::text::St;
use gowgc_ir::{Type, TypeData};
use std::fmt::Write;

const NIL_CHECK: &str = "ref.is_null\n    if\n      call $rt_panic_nil\n      unreachable\n    end";

/// Generates helper `h` named `name`.
pub(crate) fn generate(cx: &mut Ctx, h: Helper, name: &str) -> String {
    let body = match h {
        Helper::New(t) => new_struct(cx, t, name),
        Helper::MkArr(e) => mk_arr(cx, e, name),
        Helper::Zero(t) => zero(cx, t, name),
        Helper::Copy(t) => copy(cx, t, name),
        Helper::CopyElems(e) => copy_elems(cx, e, name),
        Helper::Grow(e) => grow(cx, e, name),
        Helper::LoadFat(t) => fat_access(cx, t, name, false),
        Helper::StoreFat(t) => fat_access(cx, t, name, true),
    };
    indent(&body)
}

fn indent(code: &str) -> String {
    let mut out = String::new();
    for l in code.lines() {
        let _ = writeln!(out, "  {l}");
    }
    out
}

fn zero_of(st: &St) -> String {
    st.unpacked().zero()
}

fn new_struct(cx: &mut Ctx, t: Type, name: &str) -> String {
    let sty = cx.l.struct_ty(t);
    let layout = cx.l.struct_layout(t);
    let mut s = format!("(func {name} (result (ref {sty}))\n");
    for f in &layout.fields {
        for st in &f.storage {
            let code = if f.nested {
                cx.new_obj(f.ty)
            } else {
                zero_of(st)
            };
            for l in code.lines() {
                let _ = writeln!(s, "  {l}");
            }
        }
    }
    let _ = writeln!(s, "  struct.new {sty})");
    s
}

/// A counted loop over `$i` in `[0, n)` around `body` (lines).
fn for_loop(n: &str, body: &str) -> String {
    let body: String = body.lines().map(|l| format!("      {l}\n")).collect();
    format!(
        "  i32.const 0\n  local.set $i\n  block\n    loop\n      local.get $i\n      {n}\n      i32.ge_u\n      br_if 1\n{body}      local.get $i\n      i32.const 1\n      i32.add\n      local.set $i\n      br 0\n    end\n  end\n"
    )
}

fn mk_arr(cx: &mut Ctx, e: Type, name: &str) -> String {
    let aty = cx.l.arr_ty(e);
    if cx.l.elem_inline(e) {
        return format!(
            "(func {name} (param $n i32) (result (ref {aty}))\n  local.get $n\n  array.new_default {aty})\n"
        );
    }
    let new = cx.new_elem(e);
    let mut s = format!(
        "(func {name} (param $n i32) (result (ref {aty}))\n  (local $a (ref null {aty})) (local $i i32)\n"
    );
    for l in new.lines() {
        let _ = writeln!(s, "  {l}");
    }
    let _ = writeln!(s, "  local.get $n\n  array.new {aty}\n  local.set $a");
    s.push_str(&for_loop(
        "local.get $n",
        &format!("local.get $a\nlocal.get $i\n{new}\narray.set {aty}"),
    ));
    s.push_str("  local.get $a\n  ref.as_non_null)\n");
    s
}

fn zero(cx: &mut Ctx, t: Type, name: &str) -> String {
    match cx.l.data(t) {
        TypeData::Struct { .. } => {
            let sty = cx.l.struct_ty(t);
            let layout = cx.l.struct_layout(t);
            let mut s = format!(
                "(func {name} (param $p (ref null {sty}))\n  local.get $p\n  {NIL_CHECK}\n"
            );
            for f in &layout.fields {
                if f.nested {
                    let z = cx.helper(Helper::Zero(f.ty));
                    let _ = writeln!(
                        s,
                        "  local.get $p\n  struct.get {sty} {}\n  call {z}",
                        f.widx
                    );
                } else {
                    for (k, st) in f.storage.iter().enumerate() {
                        let _ = writeln!(
                            s,
                            "  local.get $p\n  {}\n  struct.set {sty} {}",
                            zero_of(st),
                            f.widx + k as u32
                        );
                    }
                }
            }
            s.push_str(")\n");
            s
        }
        TypeData::Array { elem, len } => {
            let (elem, len) = (*elem, *len);
            let aty = cx.l.arr_ty(elem);
            let mut s = format!(
                "(func {name} (param $p (ref null {aty})) (local $i i32)\n  local.get $p\n  {NIL_CHECK}\n"
            );
            if cx.l.elem_inline(elem) {
                let z = zero_of(&cx.l.elem_storage(elem));
                let _ = writeln!(
                    s,
                    "  local.get $p\n  i32.const 0\n  {z}\n  i32.const {len}\n  array.fill {aty}"
                );
            } else {
                let z = cx.helper(Helper::Zero(elem));
                s.push_str(&for_loop(
                    &format!("i32.const {len}"),
                    &format!("local.get $p\nlocal.get $i\narray.get {aty}\ncall {z}"),
                ));
            }
            s.push_str(")\n");
            s
        }
        _ => {
            let cell = cx.l.cell_ty(t);
            let mut s = format!("(func {name} (param $p (ref null {cell}))\n");
            for (k, st) in cx.l.storage(t).iter().enumerate() {
                let _ = writeln!(
                    s,
                    "  local.get $p\n  {}\n  struct.set {cell} {k}",
                    zero_of(st)
                );
            }
            s.push_str(")\n");
            s
        }
    }
}

fn copy(cx: &mut Ctx, t: Type, name: &str) -> String {
    let checks = format!("  local.get $s\n  {NIL_CHECK}\n  local.get $d\n  {NIL_CHECK}\n");
    match cx.l.data(t) {
        TypeData::Struct { .. } => {
            let sty = cx.l.struct_ty(t);
            let layout = cx.l.struct_layout(t);
            let mut s = format!(
                "(func {name} (param $d (ref null {sty})) (param $s (ref null {sty}))\n{checks}"
            );
            for f in &layout.fields {
                if f.nested {
                    let c = cx.helper(Helper::Copy(f.ty));
                    let _ = writeln!(
                        s,
                        "  local.get $d\n  struct.get {sty} {w}\n  local.get $s\n  struct.get {sty} {w}\n  call {c}",
                        w = f.widx
                    );
                } else {
                    for (k, st) in f.storage.iter().enumerate() {
                        let sfx = if st.packed() { "_u" } else { "" };
                        let _ = writeln!(
                            s,
                            "  local.get $d\n  local.get $s\n  struct.get{sfx} {sty} {w}\n  struct.set {sty} {w}",
                            w = f.widx + k as u32
                        );
                    }
                }
            }
            s.push_str(")\n");
            s
        }
        TypeData::Array { elem, len } => {
            let (elem, len) = (*elem, *len);
            let aty = cx.l.arr_ty(elem);
            let mut s = format!(
                "(func {name} (param $d (ref null {aty})) (param $s (ref null {aty})) (local $i i32)\n{checks}"
            );
            if cx.l.elem_inline(elem) {
                let _ = writeln!(
                    s,
                    "  local.get $d\n  i32.const 0\n  local.get $s\n  i32.const 0\n  i32.const {len}\n  array.copy {aty} {aty}"
                );
            } else {
                let c = cx.helper(Helper::Copy(elem));
                s.push_str(&for_loop(
                    &format!("i32.const {len}"),
                    &format!(
                        "local.get $d\nlocal.get $i\narray.get {aty}\nlocal.get $s\nlocal.get $i\narray.get {aty}\ncall {c}"
                    ),
                ));
            }
            s.push_str(")\n");
            s
        }
        _ => {
            let cell = cx.l.cell_ty(t);
            let mut s =
                format!("(func {name} (param $d (ref null {cell})) (param $s (ref null {cell}))\n");
            for (k, st) in cx.l.storage(t).iter().enumerate() {
                let sfx = if st.packed() { "_u" } else { "" };
                let _ = writeln!(
                    s,
                    "  local.get $d\n  local.get $s\n  struct.get{sfx} {cell} {k}\n  struct.set {cell} {k}"
                );
            }
            s.push_str(")\n");
            s
        }
    }
}

fn copy_elems(cx: &mut Ctx, e: Type, name: &str) -> String {
    let aty = cx.l.arr_ty(e);
    let mut s = format!(
        "(func {name} (param $da (ref null {aty})) (param $doff i32) (param $sa (ref null {aty})) (param $soff i32) (param $n i32) (local $i i32)\n  local.get $n\n  i32.eqz\n  if\n    return\n  end\n"
    );
    if cx.l.elem_inline(e) {
        let _ = writeln!(
            s,
            "  local.get $da\n  local.get $doff\n  local.get $sa\n  local.get $soff\n  local.get $n\n  array.copy {aty} {aty})"
        );
        return s;
    }
    let c = cx.helper(Helper::Copy(e));
    let one = format!(
        "local.get $da\nlocal.get $doff\nlocal.get $i\ni32.add\narray.get {aty}\nlocal.get $sa\nlocal.get $soff\nlocal.get $i\ni32.add\narray.get {aty}\ncall {c}"
    );
    let back: String = one.lines().map(|l| format!("      {l}\n")).collect();
    // Overlapping ranges of one array with the destination after the
    // source are copied backwards, like memmove.
    let _ = write!(
        s,
        "  local.get $da\n  local.get $sa\n  ref.eq\n  local.get $doff\n  local.get $soff\n  i32.gt_u\n  i32.and\n  if\n    local.get $n\n    local.set $i\n    loop\n      local.get $i\n      i32.const 1\n      i32.sub\n      local.set $i\n{back}      local.get $i\n      br_if 0\n    end\n    return\n  end\n"
    );
    s.push_str(&for_loop("local.get $n", &one));
    s.push_str(")\n");
    s
}

fn grow(cx: &mut Ctx, e: Type, name: &str) -> String {
    let aty = cx.l.arr_ty(e);
    let mk = cx.helper(Helper::MkArr(e));
    let ce = cx.helper(Helper::CopyElems(e));
    format!(
        "(func {name} (param $a (ref null {aty})) (param $off i32) (param $len i32) (param $cap i32) (result (ref {aty}))\n  (local $b (ref null {aty}))\n  local.get $cap\n  call {mk}\n  local.set $b\n  local.get $b\n  i32.const 0\n  local.get $a\n  local.get $off\n  local.get $len\n  call {ce}\n  local.get $b\n  ref.as_non_null)\n"
    )
}

/// `$gc.load.T (base, sel) -> T` or `$gc.store.T (base, sel, T)`.
fn fat_access(cx: &mut Ctx, t: Type, name: &str, store: bool) -> String {
    let vts = cx.l.flat(t);
    let storage = cx.l.storage(t);
    let sfx = cx.l.get_suffix(t);
    let conts = cx.ptrs.containers(&mut cx.l, t);
    let mut s = format!("(func {name} (param $b (ref null eq)) (param $s i32)");
    for (k, vt) in vts.iter().enumerate() {
        if store {
            let _ = write!(s, " (param $v{k} {vt})");
        } else {
            let _ = write!(s, " (result {vt})");
        }
    }
    s.push('\n');
    for (k, c) in conts.iter().enumerate() {
        if let Container::Cell(n) | Container::Struct(n, _) = c {
            let _ = writeln!(s, "  (local $o{k} (ref null {n}))");
        }
    }
    let heap = |c: &Container| match c {
        Container::Cell(n) | Container::Array(n) | Container::Struct(n, _) => n.clone(),
    };
    for (k, c) in conts.iter().enumerate() {
        let _ = writeln!(s, "  block $c{k} (result (ref {}))", heap(c));
    }
    s.push_str("  local.get $b\n");
    for (k, c) in conts.iter().enumerate() {
        let _ = writeln!(s, "  br_on_cast $c{k} (ref null eq) (ref {})", heap(c));
    }
    s.push_str("  call $rt_panic_nil\n  unreachable\n");
    // Innermost block first: its end is reached by the last cast target.
    for (k, c) in conts.iter().enumerate().rev() {
        s.push_str("  end\n");
        let fields = |obj: &str, sty: &str, w: u32| -> String {
            let mut out = String::new();
            for (j, st) in storage.iter().enumerate() {
                let w = w + j as u32;
                if store {
                    let _ = writeln!(
                        out,
                        "  local.get {obj}\n  local.get $v{j}\n  struct.set {sty} {w}"
                    );
                } else {
                    let sx = if st.packed() { sfx } else { "" };
                    let _ = writeln!(out, "  local.get {obj}\n  struct.get{sx} {sty} {w}");
                }
            }
            out.push_str("  return\n");
            out
        };
        match c {
            Container::Cell(n) => {
                let _ = writeln!(s, "  local.set $o{k}");
                s.push_str(&fields(&format!("$o{k}"), n, 0));
            }
            Container::Array(n) => {
                if store {
                    let _ = writeln!(
                        s,
                        "  local.get $s\n  local.get $v0\n  array.set {n}\n  return"
                    );
                } else {
                    let _ = writeln!(s, "  local.get $s\n  array.get{sfx} {n}\n  return");
                }
            }
            Container::Struct(n, ws) => {
                let _ = writeln!(s, "  local.set $o{k}");
                let ws: Vec<u32> = ws.iter().copied().collect();
                if ws.len() == 1 {
                    s.push_str(&fields(&format!("$o{k}"), n, ws[0]));
                    continue;
                }
                for w in ws.iter().rev() {
                    let _ = writeln!(s, "  block $w{w}");
                }
                let max = ws.iter().copied().max().unwrap_or(0);
                let labels: Vec<String> = (0..=max)
                    .map(|i| format!("$w{}", if ws.contains(&i) { i } else { ws[0] }))
                    .collect();
                let _ = writeln!(
                    s,
                    "  local.get $s\n  br_table {} $w{}",
                    labels.join(" "),
                    ws[0]
                );
                for w in &ws {
                    s.push_str("  end\n");
                    s.push_str(&fields(&format!("$o{k}"), n, *w));
                }
            }
        }
    }
    // Every path returned; the function's end is unreachable.
    s.push_str("  unreachable)\n");
    s
}
