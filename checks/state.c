#include "state.h"

#include <string.h>

tl_state *tl_state_new(tl_arena *a) {
    return tl_arena_alloc(a, sizeof(tl_state));
}

tl_state *tl_state_clone(tl_arena *a, const tl_state *s) {
    tl_state *c = tl_state_new(a);
    c->trace = s->trace;
    if (s->nres) {
        c->res_cap = s->nres + 2;
        c->res = tl_arena_alloc(a, sizeof *c->res * (size_t)c->res_cap);
        memcpy(c->res, s->res, sizeof *c->res * (size_t)s->nres);
        c->nres = s->nres;
    }
    if (s->nfacts) {
        c->fact_cap = s->nfacts + 2;
        c->facts = tl_arena_alloc(a, sizeof *c->facts * (size_t)c->fact_cap);
        memcpy(c->facts, s->facts, sizeof *c->facts * (size_t)s->nfacts);
        c->nfacts = s->nfacts;
    }
    return c;
}

static int res_cmp(int place_a, int module_a, int place_b, int module_b) {
    if (place_a != place_b)
        return place_a < place_b ? -1 : 1;
    if (module_a != module_b)
        return module_a < module_b ? -1 : 1;
    return 0;
}

/* Index of the first resource not ordered before (module, place). */
static int res_lower_bound(const tl_state *s, int module, int place) {
    int lo = 0, hi = s->nres;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (res_cmp(s->res[mid].place, s->res[mid].module, place, module) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int tl_state_find(const tl_state *s, int module, int place) {
    int i = res_lower_bound(s, module, place);
    if (i < s->nres && s->res[i].place == place && s->res[i].module == module)
        return i;
    return -1;
}

int tl_state_add(tl_arena *a, tl_state *s, int module, int place) {
    int i = res_lower_bound(s, module, place);
    if (i < s->nres && s->res[i].place == place && s->res[i].module == module)
        return i;
    s->res = tl_arena_grow(a, s->res, sizeof *s->res, &s->res_cap, s->nres + 1);
    memmove(&s->res[i + 1], &s->res[i], sizeof *s->res * (size_t)(s->nres - i));
    s->nres++;
    tl_res *r = &s->res[i];
    memset(r, 0, sizeof *r);
    r->place = place;
    r->module = module;
    r->origin = -1;
    tl_res_unbind(r);
    return i;
}

void tl_state_remove(tl_state *s, int index) {
    memmove(&s->res[index], &s->res[index + 1],
            sizeof *s->res * (size_t)(s->nres - index - 1));
    s->nres--;
}

static int fact_lower_bound(const tl_state *s, int key) {
    int lo = 0, hi = s->nfacts;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (s->facts[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const tl_fact *tl_state_fact(const tl_state *s, int key) {
    int i = fact_lower_bound(s, key);
    return i < s->nfacts && s->facts[i].key == key ? &s->facts[i] : NULL;
}

static bool fact_is_top(const tl_fact *f) {
    return f->lo <= TL_INF_LO && f->hi >= TL_INF_HI && !f->has_ne;
}

void tl_state_forget(tl_state *s, int key) {
    int i = fact_lower_bound(s, key);
    if (i < s->nfacts && s->facts[i].key == key) {
        memmove(&s->facts[i], &s->facts[i + 1], sizeof *s->facts * (size_t)(s->nfacts - i - 1));
        s->nfacts--;
    }
}

void tl_state_set_fact(tl_arena *a, tl_state *s, tl_fact f) {
    if (fact_is_top(&f)) {
        tl_state_forget(s, f.key);
        return;
    }
    int i = fact_lower_bound(s, f.key);
    if (i < s->nfacts && s->facts[i].key == f.key) {
        s->facts[i] = f;
        return;
    }
    s->facts = tl_arena_grow(a, s->facts, sizeof *s->facts, &s->fact_cap, s->nfacts + 1);
    memmove(&s->facts[i + 1], &s->facts[i], sizeof *s->facts * (size_t)(s->nfacts - i));
    s->facts[i] = f;
    s->nfacts++;
}

static bool same_success_values(const tl_res *a, const tl_res *b) {
    for (int k = 0; k < TL_STATUS_KEYS; k++)
        if (a->status[k] >= 0 && a->succ[k] != b->succ[k])
            return false;
    return true;
}

static bool res_equal(const tl_res *a, const tl_res *b) {
    return a->place == b->place && a->module == b->module && a->st == b->st &&
           a->flags == b->flags && a->aux_event == b->aux_event &&
           a->origin == b->origin && a->undo_st == b->undo_st && a->bound_at == b->bound_at &&
           a->release_failed == b->release_failed && a->entered == b->entered &&
           a->jumped == b->jumped &&
           memcmp(a->status, b->status, sizeof a->status) == 0 && same_success_values(a, b);
}

/* The core's markers are bookkeeping, not a rule's state: they never keep
 * two states apart (see tl_state_join). */
static int next_rule_res(const tl_state *s, int i) {
    while (i < s->nres && s->res[i].module == 0)
        i++;
    return i;
}

bool tl_state_same_resources(const tl_state *a, const tl_state *b) {
    int i = next_rule_res(a, 0), j = next_rule_res(b, 0);
    while (i < a->nres && j < b->nres) {
        if (!res_equal(&a->res[i], &b->res[j]))
            return false;
        i = next_rule_res(a, i + 1);
        j = next_rule_res(b, j + 1);
    }
    return i >= a->nres && j >= b->nres;
}

/* Markers that only silence (touched, escaped) are kept if either side has
 * them; the heap marker, which lets a leak be reported, only if both do. */
static bool join_markers(tl_arena *arena, tl_state *a, const tl_state *b) {
    enum { SILENCING = TL_CORE_TOUCHED | TL_CORE_ESCAPED, BOTH_SIDES = TL_CORE_HEAP };
    bool grew = false;
    for (int i = 0; i < a->nres; i++) {
        tl_res *r = &a->res[i];
        if (r->module != 0)
            continue;
        int j = tl_state_find(b, 0, r->place);
        int other = j < 0 ? 0 : b->res[j].st;
        int merged = (r->st & SILENCING) | (other & SILENCING) | (r->st & other & BOTH_SIDES);
        if (merged != r->st) {
            r->st = merged;
            grew = true;
        }
    }
    for (int j = 0; j < b->nres; j++) {
        const tl_res *r = &b->res[j];
        if (r->module != 0 || !(r->st & SILENCING) || tl_state_find(a, 0, r->place) >= 0)
            continue;
        int i = tl_state_add(arena, a, 0, r->place);
        a->res[i].st = r->st & SILENCING;
        grew = true;
    }
    /* drop markers left empty */
    int out = 0;
    for (int i = 0; i < a->nres; i++)
        if (a->res[i].module != 0 || a->res[i].st)
            a->res[out++] = a->res[i];
    a->nres = out;
    return grew;
}

/* Facts absent from either side are unknown, so the join keeps only keys
 * both sides constrain. */
bool tl_state_join(tl_arena *arena, tl_state *a, const tl_state *b, bool widen) {
    bool grew = join_markers(arena, a, b);
    int out = 0;
    tl_fact *kept = a->nfacts ? tl_arena_alloc(arena, sizeof *kept * (size_t)a->nfacts) : NULL;
    for (int i = 0; i < a->nfacts; i++) {
        tl_fact fa = a->facts[i];
        const tl_fact *fb = tl_state_fact(b, fa.key);
        if (!fb) {
            grew = true;
            continue;
        }
        tl_fact j = fa;
        if (fb->lo < j.lo) {
            j.lo = widen ? TL_INF_LO : fb->lo;
            grew = true;
        }
        if (fb->hi > j.hi) {
            j.hi = widen ? TL_INF_HI : fb->hi;
            grew = true;
        }
        if (j.has_ne && !(fb->has_ne && fb->ne == j.ne)) {
            /* b may hold the excluded value unless its interval rules it out */
            if (!(fb->lo > j.ne || fb->hi < j.ne)) {
                j.has_ne = false;
                grew = true;
            }
        }
        if (!fact_is_top(&j))
            kept[out++] = j;
    }
    if (grew) {
        a->facts = kept;
        a->nfacts = out;
        a->fact_cap = a->nfacts;
    }
    return grew;
}
