/* The kept-status guard fix-it (status_guard.h). */
#include "status_guard.h"

#include "ir.h"

int tl_kept_status_place(const tl_func *f, int origin) {
    int b = -1, nb = -1;
    const tl_event *ev = origin >= 0 ? tl_func_event_at(f, origin, &b) : NULL;
    if (!ev || ev->kind != TL_EV_CALL || (ev->call_flags & TL_CALL_CANNOT_FAIL) ||
        (ev->stmt_flags & (TL_STMT_IN_COMPOUND | TL_STMT_IN_MACRO)) != TL_STMT_IN_COMPOUND ||
        ev->result_temp < 0 || ev->stmt_range.begin.line != ev->range.begin.line)
        return -1;
    const tl_event *next = tl_func_event_at(f, origin + 1, &nb);
    if (!next || nb != b || next->kind != TL_EV_ASSIGN || next->is_test || next->delta != 0 ||
        next->src.kind != TL_OPD_TEMP || next->src.temp != ev->result_temp || next->dst_place < 0 ||
        f->places[next->dst_place].sel != TL_SEL_BASE ||
        f->vars[f->places[next->dst_place].var].kind != TL_VAR_LOCAL ||
        next->loc.offset < ev->stmt_range.begin.offset || next->loc.offset >= ev->stmt_range.end.offset)
        return -1;
    return next->dst_place;
}

void tl_report_guard_uses(tl_report *rep, tl_arena *a, const tl_func *f, int origin,
                          const char *success, int place, tl_use_pred uses, int obs_place,
                          unsigned mask) {
    int rc = rep ? tl_kept_status_place(f, origin) : -1;
    if (rc < 0 || tl_place_writes(f, rc) != 1)
        return;
    const tl_var *status = &f->vars[f->places[rc].var];
    const char *guard = tl_arena_printf(a, "if (%s == %s)", status->name, success);
    for (int pass = 0; pass < 2; pass++) { /* check every use, then guard them */
        if (pass == 1)
            tl_report_fixit_or(rep);
        for (int b = 0, index = 0; b < f->nblocks; b++)
            for (int e = 0; e < f->blocks[b].nevents; e++, index++) {
                const tl_event *use = &f->blocks[b].events[e];
                if (use->kind != TL_EV_CALL || !uses(use, place))
                    continue;
                if (pass == 0) {
                    if ((use->stmt_flags & (TL_STMT_IS_EXPR_STMT | TL_STMT_RESULT_USED |
                                            TL_STMT_IN_MACRO)) != TL_STMT_IS_EXPR_STMT ||
                        !tl_loc_within(use->loc, status->scope) ||
                        !tl_func_event_dominates(f, a, origin, b))
                        return;
                    continue;
                }
                if (use->stmt_flags & TL_STMT_IN_COMPOUND) { /* the call moves one level deeper */
                    int indent =
                        (int)(use->stmt_range.begin.col > 1 ? use->stmt_range.begin.col - 1 : 0);
                    tl_report_fixit(rep, (tl_range){use->stmt_range.begin, use->stmt_range.begin},
                                    tl_arena_printf(a, "%s\n%*s", guard, indent + 4, ""),
                                    TL_OBS_ALWAYS, -1, 0);
                } else {
                    tl_report_fixit_before_stmt(rep, use->stmt_range, use->stmt_flags, guard,
                                                TL_OBS_ALWAYS, -1, 0);
                }
                tl_report_fixit_require(rep, index, obs_place, mask);
            }
    }
}
