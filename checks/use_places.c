#include "use_places.h"

#include <string.h>

int tl_arg_object(tl_func *f, const tl_operand *o) {
    if (o->kind == TL_OPD_ADDR)
        return o->place;
    if (o->kind == TL_OPD_PLACE)
        return tl_place_through(f, o, TL_SEL_DEREF, NULL);
    return -1;
}

/* The place of the one operand of kind `kind` (a place, or an address)
 * this function assigns to `place`; -1 when none, or another assignment. */
static int single_store(const tl_func *f, int place, tl_opd_kind kind) {
    int value = -1;
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind != TL_EV_ASSIGN || ev->dst_place != place)
                continue;
            if (ev->src.kind != kind || ev->delta || ev->is_test ||
                (value >= 0 && value != ev->src.place))
                return -1;
            value = ev->src.place;
        }
    return value;
}

int tl_value_place(const tl_func *f, const tl_operand *o) {
    if (o->kind != TL_OPD_PLACE)
        return -1;
    const tl_place *p = &f->places[o->place];
    if (p->sel != TL_SEL_DEREF || f->places[p->parent].sel != TL_SEL_BASE ||
        f->vars[p->var].kind != TL_VAR_LOCAL)
        return o->place;
    int value = single_store(f, p->parent, TL_OPD_ADDR); /* the one `tmp = &x` */
    return value >= 0 ? value : o->place;
}

int tl_stored_place(const tl_func *f, int place) {
    return single_store(f, place, TL_OPD_PLACE);
}

/* What `place` points to: the pointee of the place this function stores
 * in it, else its own pointee. */
static int pointee(tl_func *f, int place) {
    int value = tl_stored_place(f, place);
    return tl_place_derive(f, value >= 0 ? value : place, TL_SEL_DEREF, NULL);
}

int tl_use_place(tl_func *f, int base, const char *path) {
    int cur = base;
    for (const char *p = path; *p && cur >= 0;) {
        if (p[0] == '-' && p[1] == '>') {
            cur = pointee(f, cur);
            p += 2;
            continue;
        }
        if (*p == '.') {
            p++;
            continue;
        }
        size_t n = strcspn(p, ".-");
        if (!n)
            return -1;
        cur = tl_place_derive(f, cur, TL_SEL_FIELD, tl_arena_printf(f->arena, "%.*s", (int)n, p));
        p += n;
    }
    return cur;
}
