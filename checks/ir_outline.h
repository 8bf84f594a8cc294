/* The outline of a function (ir.h's tl_outline): worked out from its
 * structs, and written and read as bytes before its packed form
 * (ir_pack.c).  Private to the IR's files. */
#ifndef THREADLINT_IR_OUTLINE_H
#define THREADLINT_IR_OUTLINE_H

#include "ir.h"
#include "ir_bytes.h"

/* f's outline, in `a`. */
void tl_outline_of(const tl_func *f, tl_arena *a, tl_outline *out);
void tl_outline_write(writer *w, const tl_outline *o);
/* The outline written by tl_outline_write, in `a`. */
void tl_outline_read(reader *r, tl_arena *a, tl_outline *out);

#endif
