/* Arrays of resources filled by a counted loop:
 *
 *     for (i = 0; i < N; i++)
 *         if (pthread_create(&th[i], NULL, fn, arg) != 0)
 *             break;
 *
 * The rules track such an array as one collective place; to release it a
 * fix-it needs how many elements hold a resource where the function
 * leaves.  That count is known when the loop fills every element it
 * passes and a failure leaves the loop: `i` after the loop (or inside it,
 * on the failure's path), or N when every path to the exit completed the
 * loop. */
#ifndef THREADLINT_ARRAY_LOOP_H
#define THREADLINT_ARRAY_LOOP_H

#include "engine.h"
#include "ir.h"

/* The statement that applies `call` to each filled element, for insertion
 * before the return that ends block `exit`:
 *
 *     for (int j = i; j-- > 0;) pthread_join(th[j], NULL);
 *
 * `origin` is the index of the call that fills the element its argument
 * `arg` points to (`&th[i]`, `&w[i].tid`); `success` the status that call
 * returns when it filled it; `call` and `call_end` what goes before and
 * after the element (`"pthread_join("`, `", NULL);"`).  NULL when the loop
 * is not of that shape or the count at the exit is not known. */
const char *tl_array_release_loop(const tl_func *f, tl_arena *a, int origin, int arg,
                                  long long success, int exit, const char *call,
                                  const char *call_end);

/* As one fix-it of `rep`, that loop before every return the array may
 * reach holding resources (`place` in a state of `live`): the exit the
 * report is about must get one; another gets one where it is needed, and
 * the fix-it is dropped if one that needs it cannot have it.  False when
 * the reported exit gets none (nothing was added). */
bool tl_report_array_release(tl_report *rep, const tl_func *f, int origin, int arg,
                             long long success, int exit, const char *call,
                             const char *call_end, int place, unsigned live);

#endif
