#include "facts.h"

static const tl_interval top = {TL_INF_LO, TL_INF_HI, false, 0};

long long tl_sat_add(long long a, long long b) {
    if (a <= TL_INF_LO || a >= TL_INF_HI)
        return a;
    /* a step beyond the infinities saturates as they do, and a + b cannot overflow */
    if (b < TL_INF_LO)
        b = TL_INF_LO;
    else if (b > TL_INF_HI)
        b = TL_INF_HI;
    long long r = a + b;
    if (r <= TL_INF_LO)
        return TL_INF_LO;
    if (r >= TL_INF_HI)
        return TL_INF_HI;
    return r;
}

int tl_facts_key(const tl_operand *o) {
    switch (o->kind) {
    case TL_OPD_PLACE:
        return tl_key_place(o->place);
    case TL_OPD_TEMP:
        return o->temp >= 0 ? tl_key_temp(o->temp) : -1;
    default:
        return -1;
    }
}

tl_interval tl_facts_operand(const tl_state *s, const tl_operand *o) {
    if (o->kind == TL_OPD_CONST)
        return (tl_interval){o->ival, o->ival, false, 0};
    int key = tl_facts_key(o);
    const tl_fact *f = key >= 0 ? tl_state_fact(s, key) : NULL;
    if (!f)
        return top;
    return (tl_interval){f->lo, f->hi, f->has_ne, f->ne};
}

static bool singleton(tl_interval a) { return a.lo == a.hi; }

static bool excludes(tl_interval a, long long v) {
    return v < a.lo || v > a.hi || (a.has_ne && a.ne == v);
}

static tl_truth eval_eq(tl_interval a, tl_interval b) {
    if (singleton(a) && singleton(b))
        return a.lo == b.lo ? TL_TRUE : TL_FALSE;
    if (a.hi < b.lo || b.hi < a.lo)
        return TL_FALSE;
    if (singleton(a) && excludes(b, a.lo))
        return TL_FALSE;
    if (singleton(b) && excludes(a, b.lo))
        return TL_FALSE;
    return TL_UNKNOWN;
}

static tl_truth negate(tl_truth t) {
    return t == TL_UNKNOWN ? t : t == TL_TRUE ? TL_FALSE : TL_TRUE;
}

static tl_truth eval(tl_cmp op, tl_interval a, tl_interval b) {
    switch (op) {
    case TL_CMP_EQ:
        return eval_eq(a, b);
    case TL_CMP_NE:
        return negate(eval_eq(a, b));
    case TL_CMP_LT:
        return a.hi < b.lo ? TL_TRUE : a.lo >= b.hi ? TL_FALSE : TL_UNKNOWN;
    case TL_CMP_LE:
        return a.hi <= b.lo ? TL_TRUE : a.lo > b.hi ? TL_FALSE : TL_UNKNOWN;
    case TL_CMP_GT:
        return eval(TL_CMP_LT, b, a);
    case TL_CMP_GE:
        return eval(TL_CMP_LE, b, a);
    }
    return TL_UNKNOWN;
}

tl_truth tl_facts_eval(const tl_state *s, const tl_cond *c) {
    return eval(c->op, tl_facts_operand(s, &c->lhs), tl_facts_operand(s, &c->rhs));
}

static tl_cmp negate_cmp(tl_cmp op) {
    switch (op) {
    case TL_CMP_EQ: return TL_CMP_NE;
    case TL_CMP_NE: return TL_CMP_EQ;
    case TL_CMP_LT: return TL_CMP_GE;
    case TL_CMP_LE: return TL_CMP_GT;
    case TL_CMP_GT: return TL_CMP_LE;
    default: return TL_CMP_LT;
    }
}

static tl_cmp swap_cmp(tl_cmp op) {
    switch (op) {
    case TL_CMP_LT: return TL_CMP_GT;
    case TL_CMP_LE: return TL_CMP_GE;
    case TL_CMP_GT: return TL_CMP_LT;
    case TL_CMP_GE: return TL_CMP_LE;
    default: return op;
    }
}

/* Normalises an interval after narrowing; false when empty. */
static bool tidy(tl_interval *a) {
    if (a->has_ne) {
        if (a->ne == a->lo && a->lo < TL_INF_HI)
            a->lo++;
        else if (a->ne == a->hi && a->hi > TL_INF_LO)
            a->hi--;
        if (a->ne < a->lo || a->ne > a->hi)
            a->has_ne = false;
    }
    return a->lo <= a->hi;
}

/* Narrows a so that `a op b` holds (b is taken as it is). */
static bool narrow(tl_interval *a, tl_cmp op, tl_interval b) {
    switch (op) {
    case TL_CMP_EQ:
        if (b.lo > a->lo)
            a->lo = b.lo;
        if (b.hi < a->hi)
            a->hi = b.hi;
        if (b.has_ne && !a->has_ne) {
            a->has_ne = true;
            a->ne = b.ne;
        }
        break;
    case TL_CMP_NE:
        if (singleton(b)) {
            a->has_ne = true;
            a->ne = b.lo;
        }
        break;
    case TL_CMP_LT:
        if (tl_sat_add(b.hi, -1) < a->hi)
            a->hi = tl_sat_add(b.hi, -1);
        break;
    case TL_CMP_LE:
        if (b.hi < a->hi)
            a->hi = b.hi;
        break;
    case TL_CMP_GT:
        if (tl_sat_add(b.lo, 1) > a->lo)
            a->lo = tl_sat_add(b.lo, 1);
        break;
    case TL_CMP_GE:
        if (b.lo > a->lo)
            a->lo = b.lo;
        break;
    }
    return tidy(a);
}

static void store(tl_arena *ar, tl_state *s, int key, tl_interval v) {
    tl_state_set_fact(ar, s, (tl_fact){key, v.lo, v.hi, v.has_ne, v.ne});
}

bool tl_facts_assume(tl_arena *ar, tl_state *s, const tl_cond *c, bool truth) {
    tl_cmp op = truth ? c->op : negate_cmp(c->op);
    tl_interval a = tl_facts_operand(s, &c->lhs), b = tl_facts_operand(s, &c->rhs);
    if (eval(op, a, b) == TL_FALSE)
        return false;
    tl_interval na = a, nb = b;
    if (!narrow(&na, op, b) || !narrow(&nb, swap_cmp(op), a))
        return false;
    int ka = tl_facts_key(&c->lhs), kb = tl_facts_key(&c->rhs);
    if (ka >= 0)
        store(ar, s, ka, na);
    if (kb >= 0 && kb != ka)
        store(ar, s, kb, nb);
    return true;
}

bool tl_facts_assume_range(tl_arena *ar, tl_state *s, int key, long long lo, long long hi) {
    if (key < 0)
        return true;
    const tl_fact *f = tl_state_fact(s, key);
    tl_interval a = f ? (tl_interval){f->lo, f->hi, f->has_ne, f->ne} : top;
    if (lo > a.lo)
        a.lo = lo;
    if (hi < a.hi)
        a.hi = hi;
    if (!tidy(&a))
        return false;
    store(ar, s, key, a);
    return true;
}

tl_truth tl_facts_status(const tl_state *s, int key, long long succ) {
    const tl_fact *f = tl_state_fact(s, key);
    if (!f)
        return TL_UNKNOWN;
    tl_interval a = {f->lo, f->hi, f->has_ne, f->ne};
    if (excludes(a, succ))
        return TL_FALSE;
    if (singleton(a) && a.lo == succ)
        return TL_TRUE;
    return TL_UNKNOWN;
}

void tl_ne_shift(bool *has_ne, long long *ne, long long delta) {
    if (*has_ne && __builtin_add_overflow(*ne, delta, ne)) {
        *has_ne = false; /* x + delta wraps: nothing is known it differs from */
        *ne = 0;
    }
}
