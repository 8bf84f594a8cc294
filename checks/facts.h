/* Scalar facts: intervals over locals and call results, enough to decide
 * `if (rc)`, `if (started)`, `for (i = 0; i < n; i++)` and to tie a
 * resource's existence to the status its acquisition returned. */
#ifndef THREADLINT_FACTS_H
#define THREADLINT_FACTS_H

#include <stdbool.h>

#include "ir.h"
#include "state.h"

typedef struct tl_interval {
    long long lo, hi;
    bool has_ne;
    long long ne;
} tl_interval;

typedef enum tl_truth { TL_FALSE, TL_TRUE, TL_UNKNOWN } tl_truth;

/* The fact key an operand is stored under, or -1 (constants, opaque). */
int tl_facts_key(const tl_operand *o);
tl_interval tl_facts_operand(const tl_state *s, const tl_operand *o);
tl_truth tl_facts_eval(const tl_state *s, const tl_cond *c);
/* Narrows the facts of the state so that the condition has `truth`.
 * Returns false when that is impossible. */
bool tl_facts_assume(tl_arena *a, tl_state *s, const tl_cond *c, bool truth);
/* Narrows key to [lo, hi]; false when infeasible. */
bool tl_facts_assume_range(tl_arena *a, tl_state *s, int key, long long lo, long long hi);
/* Whether the status key's interval says the acquisition succeeded. */
tl_truth tl_facts_status(const tl_state *s, int key, long long succ);
long long tl_sat_add(long long a, long long b);
/* x != ne, then x += delta: x != ne + delta, or nothing when that overflows. */
void tl_ne_shift(bool *has_ne, long long *ne, long long delta);

#endif
