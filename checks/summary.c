#include "summary.h"

#include <string.h>

#include "module.h"

enum { SUM_NONE, SUM_BUSY, SUM_DONE, SUM_FAILED };
enum { TL_SUMMARY_MAX_GROUPS = 16 };

struct tl_summaries {
    tl_arena *arena;
    int nfuncs;
    unsigned char *status;
    tl_summary **sums;
};

tl_summaries *tl_summaries_new(tl_arena *a, int nfuncs) {
    tl_summaries *s = tl_arena_alloc(a, sizeof *s);
    s->arena = a;
    s->nfuncs = nfuncs;
    s->status = tl_arena_alloc(a, (size_t)nfuncs + 1);
    s->sums = tl_arena_alloc(a, sizeof *s->sums * ((size_t)nfuncs + 1));
    return s;
}

tl_arena *tl_summaries_arena(tl_summaries *s) { return s->arena; }

bool tl_summaries_lookup(tl_summaries *s, int func, tl_summary **out, bool *in_progress) {
    *out = NULL;
    *in_progress = false;
    if (func < 0 || func >= s->nfuncs)
        return false;
    switch (s->status[func]) {
    case SUM_BUSY:
        *in_progress = true;
        return true;
    case SUM_DONE:
    case SUM_FAILED:
        *out = s->sums[func];
        return true;
    default:
        return false;
    }
}

void tl_summaries_begin(tl_summaries *s, int func) { s->status[func] = SUM_BUSY; }

void tl_summaries_store(tl_summaries *s, int func, tl_summary *sum) {
    s->sums[func] = sum;
    s->status[func] = sum ? SUM_DONE : SUM_FAILED;
}

/* The parameter and selector path of a place, or false if not rooted at a
 * parameter. */
static bool param_path(tl_arena *a, const tl_func *f, int place, tl_sum_entry *e) {
    int n = 0;
    for (int p = place; f->places[p].sel != TL_SEL_BASE; p = f->places[p].parent)
        n++;
    const tl_var *v = &f->vars[f->places[place].var];
    if (v->kind != TL_VAR_PARAM)
        return false;
    e->param = v->param_index;
    e->nsels = n;
    e->sels = n ? tl_arena_alloc(a, sizeof *e->sels * (size_t)n) : NULL;
    e->fields = n ? tl_arena_alloc(a, sizeof *e->fields * (size_t)n) : NULL;
    int i = n;
    for (int p = place; f->places[p].sel != TL_SEL_BASE; p = f->places[p].parent) {
        i--;
        e->sels[i] = f->places[p].sel;
        e->fields[i] = f->places[p].field;
    }
    return true;
}

static bool same_path(const tl_sum_entry *a, const tl_sum_entry *b) {
    if (a->param != b->param || a->nsels != b->nsels || a->res.module != b->res.module)
        return false;
    for (int i = 0; i < a->nsels; i++) {
        if (a->sels[i] != b->sels[i])
            return false;
        if (a->sels[i] == TL_SEL_FIELD && strcmp(a->fields[i], b->fields[i]) != 0)
            return false;
    }
    return true;
}

static const tl_sum_entry *group_find(const tl_sum_group *g, const tl_sum_entry *like) {
    for (int i = 0; i < g->nentries; i++)
        if (same_path(&g->entries[i], like))
            return &g->entries[i];
    return NULL;
}

bool tl_sum_group_repeats_path(const tl_sum_group *g) {
    for (int i = 0; i < g->nentries; i++)
        if (group_find(g, &g->entries[i]) != &g->entries[i])
            return true;
    return false;
}

static bool same_effect(const tl_sum_entry *a, const tl_sum_entry *b) {
    return a->res.st == b->res.st && a->res.flags == b->res.flags;
}

static bool groups_equal(const tl_sum_group *a, const tl_sum_group *b) {
    if (a->lo != b->lo || a->hi != b->hi || a->has_ne != b->has_ne ||
        (a->has_ne && a->ne != b->ne) || a->nentries != b->nentries)
        return false;
    for (int i = 0; i < a->nentries; i++) {
        const tl_sum_entry *o = group_find(b, &a->entries[i]);
        if (!o || !same_effect(o, &a->entries[i]))
            return false;
    }
    return true;
}

/* Room for one more of `n` elements of `size` at *v with capacity *cap,
 * growing from one: a TU of small helpers holds a summary per helper, and
 * most have one or two groups of one or two entries. */
static void *grow_exact(tl_arena *a, void *v, size_t size, int *cap, int n) {
    if (n < *cap)
        return v;
    int ncap = *cap ? *cap * 2 : 1;
    void *p = tl_arena_alloc(a, size * (size_t)ncap);
    if (v)
        memcpy(p, v, size * (size_t)*cap);
    *cap = ncap;
    return p;
}

static void group_add(tl_arena *a, tl_sum_group *g, const tl_sum_entry *e) {
    g->entries = grow_exact(a, g->entries, sizeof *g->entries, &g->cap, g->nentries);
    g->entries[g->nentries++] = *e;
}

static bool same_text(const char *a, const char *b) {
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* groups_equal, and the entries' labels too: two definitions' summaries
 * must agree on everything a caller would take from them. */
static bool groups_identical(const tl_sum_group *a, const tl_sum_group *b) {
    if (!groups_equal(a, b))
        return false;
    for (int i = 0; i < a->nentries; i++) {
        const tl_sum_entry *o = group_find(b, &a->entries[i]);
        if (!same_text(o->res.label, a->entries[i].res.label) ||
            o->res.release_failed != a->entries[i].res.release_failed)
            return false;
    }
    return true;
}

bool tl_summary_equal(const tl_summary *a, const tl_summary *b) {
    if (a->ngroups != b->ngroups)
        return false;
    for (int i = 0; i < a->ngroups; i++) {
        bool found = false;
        for (int j = 0; j < b->ngroups && !found; j++)
            found = groups_identical(&a->groups[i], &b->groups[j]);
        if (!found)
            return false;
    }
    return true;
}

void tl_summary_add_exit(tl_arena *a, tl_summary *sum, const tl_func *f, const tl_state *st,
                         long long lo, long long hi, bool has_ne, long long ne) {
    /* built on the stack: most exits repeat a group already kept */
    enum { ON_STACK = 8 };
    tl_sum_entry built[ON_STACK];
    tl_sum_group g = {.lo = lo, .hi = hi, .has_ne = has_ne, .ne = ne,
                      .entries = built, .cap = ON_STACK};
    for (int i = 0; i < st->nres; i++) {
        const tl_res *r = &st->res[i];
        if (r->module == TL_MODULE_CORE && !(r->st & TL_CORE_ESCAPED))
            continue;
        tl_sum_entry e = {0};
        if (!param_path(a, f, r->place, &e))
            continue;
        e.res = *r;
        /* status keys name the callee's values: a release's status, which
         * no caller can test through them, counts as a success */
        tl_res_unbind(&e.res);
        if (r->module == TL_MODULE_CORE)
            e.res.st = TL_CORE_ESCAPED;
        e.res.trace_at_origin = NULL;
        if (g.nentries == g.cap) { /* more than fit on the stack: to the arena */
            tl_sum_entry *more = tl_arena_alloc(a, sizeof *more * (size_t)g.cap * 2);
            memcpy(more, g.entries, sizeof *more * (size_t)g.nentries);
            g.entries = more;
            g.cap *= 2;
        }
        g.entries[g.nentries++] = e;
    }
    bool known = false;
    for (int i = 0; i < sum->ngroups && !known; i++)
        known = groups_equal(&sum->groups[i], &g);
    if (!known) {
        g.entries = g.nentries ? tl_arena_memdup(a, g.entries, sizeof *g.entries * (size_t)g.nentries)
                               : NULL;
        g.cap = g.nentries;
        /* kept, it outlives f's view, where derived places' fields and
         * spelled names live: it takes its own copies */
        for (int i = 0; i < g.nentries; i++) {
            tl_sum_entry *e = &g.entries[i];
            for (int k = 0; k < e->nsels; k++)
                e->fields[k] = tl_arena_strdup(a, e->fields[k]);
            e->res.label = tl_arena_strdup(a, e->res.label);
            e->res.handle_text = tl_arena_strdup(a, e->res.handle_text);
        }
        sum->groups = grow_exact(a, sum->groups, sizeof *sum->groups, &sum->cap, sum->ngroups);
        sum->groups[sum->ngroups++] = g;
    }
}

static bool ranges_overlap(const tl_sum_group *a, const tl_sum_group *b) {
    if (a->hi < b->lo || b->hi < a->lo)
        return false;
    /* {x} and [..]\{x} are disjoint */
    if (a->lo == a->hi && b->has_ne && b->ne == a->lo)
        return false;
    if (b->lo == b->hi && a->has_ne && a->ne == b->lo)
        return false;
    return true;
}

static void make_escape(tl_sum_entry *e) {
    e->res.module = TL_MODULE_CORE;
    e->res.st = TL_CORE_ESCAPED;
    e->res.flags = 0;
    tl_res_unbind(&e->res);
}

/* Marks path `e` as escaped in every group (adding it where absent). */
static void escape_everywhere(tl_arena *a, tl_summary *sum, const tl_sum_entry *like) {
    tl_sum_entry esc = *like;
    make_escape(&esc);
    for (int g = 0; g < sum->ngroups; g++) {
        tl_sum_group *grp = &sum->groups[g];
        bool found = false;
        for (int i = 0; i < grp->nentries; i++) {
            if (same_path(&grp->entries[i], like)) {
                make_escape(&grp->entries[i]);
                found = true;
            }
        }
        if (!found)
            group_add(a, grp, &esc);
    }
}

void tl_summary_finish(tl_arena *a, tl_summary *sum) {
    if (sum->ngroups > TL_SUMMARY_MAX_GROUPS) {
        /* Too many return classes: keep one, with every effect an escape. */
        tl_sum_group all = {.lo = TL_INF_LO, .hi = TL_INF_HI};
        for (int g = 0; g < sum->ngroups; g++)
            for (int i = 0; i < sum->groups[g].nentries; i++) {
                tl_sum_entry e = sum->groups[g].entries[i];
                make_escape(&e);
                if (!group_find(&all, &e))
                    group_add(a, &all, &e);
            }
        sum->groups[0] = all;
        sum->ngroups = 1;
        return;
    }
    bool changed = true;
    while (changed) {
        changed = false;
        for (int g1 = 0; g1 < sum->ngroups && !changed; g1++) {
            for (int g2 = 0; g2 < sum->ngroups && !changed; g2++) {
                if (g1 == g2 || !ranges_overlap(&sum->groups[g1], &sum->groups[g2]))
                    continue;
                const tl_sum_group *A = &sum->groups[g1], *B = &sum->groups[g2];
                for (int i = 0; i < A->nentries && !changed; i++) {
                    const tl_sum_entry *e = &A->entries[i];
                    if (e->res.module == TL_MODULE_CORE)
                        continue;
                    const tl_sum_entry *o = group_find(B, e);
                    if (o && same_effect(o, e))
                        continue;
                    if (!o && tl_module_get(e->res.module)->summary_may) {
                        group_add(a, &sum->groups[g2], e); /* it may hold there too */
                        changed = true;
                    } else if (!tl_module_get(e->res.module)->summary_may) {
                        escape_everywhere(a, sum, e);
                        changed = true;
                    }
                }
            }
        }
    }
}

int tl_summary_place(tl_func *caller, const tl_sum_entry *e, const tl_operand *arg) {
    if (!arg || (arg->kind != TL_OPD_PLACE && arg->kind != TL_OPD_ADDR))
        return -1;
    if (e->nsels == 0) /* the parameter itself: by value, or the pointer for escapes */
        return arg->place;
    int place;
    if (e->sels[0] == TL_SEL_FIELD) {
        if (arg->kind != TL_OPD_PLACE)
            return -1;
        place = tl_place_derive(caller, arg->place, TL_SEL_FIELD, e->fields[0]);
    } else {
        place = tl_place_through(caller, arg, e->sels[0], NULL);
    }
    for (int i = 1; i < e->nsels && place >= 0; i++)
        place = tl_place_derive(caller, place, e->sels[i], e->fields[i]);
    return place;
}
