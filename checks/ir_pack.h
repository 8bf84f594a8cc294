/* A compact byte form of one sealed function, so a translation unit's IR
 * can be kept packed (several times smaller than the structs) and unpacked
 * on demand.  The format is private to one process: it keeps string
 * pointers as they are and is read only by tl_ir_unpack. */
#ifndef THREADLINT_IR_PACK_H
#define THREADLINT_IR_PACK_H

#include <stddef.h>

#include "arena.h"
#include "ir.h"

/* Packs f, a sealed function (every array at its exact size), into bytes
 * allocated in `a`; *len receives their number.  Strings are not copied:
 * the packed form keeps the pointers, so they must outlive it (they live in
 * the TU's arena). */
const unsigned char *tl_ir_pack(const tl_func *f, tl_arena *a, size_t *len);
/* The same, given f's outline (tl_outline_of), which the bytes carry for
 * tl_ir_outline. */
const unsigned char *tl_ir_pack_outlined(const tl_func *f, const tl_outline *outline,
                                         tl_arena *a, size_t *len);
/* A function equal to the packed one, every array allocated in `a` at its
 * exact size, place_index NULL, arena = a.  NULL if the bytes end early. */
tl_func *tl_ir_unpack(const unsigned char *bytes, size_t len, tl_arena *a);
/* The outline the packed bytes carry, in `a`; false if they end early. */
bool tl_ir_outline(const unsigned char *bytes, size_t len, tl_arena *a, tl_outline *out);

#endif
