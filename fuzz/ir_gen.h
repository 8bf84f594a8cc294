/* A structure-aware generator for the core's fuzz target: it reads the
 * fuzzer's bytes as choices and builds a translation unit of random
 * functions over the IR's events and terminators, through the same
 * builder calls the front ends use, so every result is IR a front end
 * could hand over, but of shapes no front end produces. */
#ifndef THREADLINT_FUZZ_IR_GEN_H
#define THREADLINT_FUZZ_IR_GEN_H

#include <stddef.h>
#include <stdint.h>

#include "analyze.h"
#include "ir.h"

typedef struct tl_gen_choices {
    const uint8_t *data;
    size_t size, at; /* once the bytes run out every choice is 0 */
} tl_gen_choices;

/* Fills `tu` (initialised here) and `cfg` (rules, budgets, wrappers drawn
 * from `wrappers`, which must hold at least TL_GEN_MAX_WRAPPERS). */
enum { TL_GEN_MAX_WRAPPERS = 3 };
void tl_gen_tu(tl_gen_choices *in, tl_tu *tu, tl_config *cfg, tl_wrapper *wrappers);

#endif
