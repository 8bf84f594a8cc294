/* Counted loops that fill an array of resources (array_loop.h). */
#include "array_loop.h"

#include <limits.h>
#include <string.h>

#include "src_text.h"

typedef struct fill_loop {
    const tl_func *f;
    tl_arena *a;
    int array, index;          /* base places of `th` and `i` */
    int header;                /* the block testing `i < bound` */
    unsigned char *in_loop;    /* blocks that can go round again (and the header) */
    int *preds, *pred_start;   /* predecessors, per block */
} fill_loop;

static void build_preds(fill_loop *L) {
    const tl_func *f = L->f;
    int n = f->nblocks, edges = 0;
    L->pred_start = tl_arena_alloc(L->a, sizeof *L->pred_start * ((size_t)n + 1));
    memset(L->pred_start, 0, sizeof *L->pred_start * ((size_t)n + 1));
    for (int b = 0; b < n; b++)
        for (int k = 0, s; (s = tl_block_succ(&f->blocks[b], k)) != -2; k++)
            if (s >= 0) {
                L->pred_start[s + 1]++;
                edges++;
            }
    for (int b = 0; b < n; b++)
        L->pred_start[b + 1] += L->pred_start[b];
    L->preds = tl_arena_alloc(L->a, sizeof *L->preds * ((size_t)edges + 1));
    int *fill = tl_arena_alloc(L->a, sizeof *fill * ((size_t)n + 1));
    memcpy(fill, L->pred_start, sizeof *fill * (size_t)n);
    for (int b = 0; b < n; b++)
        for (int k = 0, s; (s = tl_block_succ(&f->blocks[b], k)) != -2; k++)
            if (s >= 0)
                L->preds[fill[s]++] = b;
}

/* Marks in `seen` the blocks reachable from `from` (itself included)
 * without passing `avoid`, forwards or, with `back`, backwards. */
static void mark_reach(const fill_loop *L, int from, int avoid, bool back, unsigned char *seen) {
    const tl_func *f = L->f;
    if (from < 0 || from == avoid || seen[from])
        return;
    int *stack = tl_arena_alloc(L->a, sizeof *stack * ((size_t)f->nblocks + 1));
    int top = 0;
    seen[from] = 1;
    stack[top++] = from;
    while (top) {
        int b = stack[--top];
        int npreds = L->pred_start[b + 1] - L->pred_start[b];
        for (int k = 0;; k++) {
            int s = back ? (k < npreds ? L->preds[L->pred_start[b] + k] : -2)
                         : tl_block_succ(&f->blocks[b], k);
            if (s == -2)
                break;
            if (s >= 0 && s != avoid && !seen[s]) {
                seen[s] = 1;
                stack[top++] = s;
            }
        }
    }
}

static unsigned char *blocks_set(const fill_loop *L) {
    unsigned char *s = tl_arena_alloc(L->a, (size_t)L->f->nblocks + 1);
    memset(s, 0, (size_t)L->f->nblocks + 1);
    return s;
}

static bool block_dominates(const fill_loop *L, int dom, int to) {
    return tl_func_block_dominates(L->f, L->a, dom, to);
}

static int base_place(const tl_func *f, int var) {
    for (int p = 0; p < f->nplaces; p++)
        if (f->places[p].var == var && f->places[p].sel == TL_SEL_BASE)
            return p;
    return -1;
}

/* The variable so named whose scope holds `at`, the innermost. */
static int var_named(const tl_func *f, const char *name, size_t n, tl_loc at) {
    int best = -1;
    for (int v = 0; v < f->nvars; v++) {
        const tl_var *var = &f->vars[v];
        if (strlen(var->name) != n || strncmp(var->name, name, n) != 0 ||
            !tl_loc_within(at, var->scope))
            continue;
        if (best < 0 || f->vars[best].scope.begin.offset <= var->scope.begin.offset)
            best = v;
    }
    return best;
}

static size_t ident_len(const char *s) {
    size_t n = 0;
    while (tl_src_is_ident(s[n]))
        n++;
    return n && !(s[0] >= '0' && s[0] <= '9') ? n : 0;
}

/* `&th[i]` or `&w[i].tid.x`: the array's name, the index's name and the
 * fields after the element. */
static bool parse_element(const char *text, const char **array, size_t *array_len,
                          const char **index, size_t *index_len, const char **rest) {
    if (!text)
        return false;
    while (*text == ' ')
        text++;
    if (*text++ != '&')
        return false;
    while (*text == ' ')
        text++;
    *array = text;
    if (!(*array_len = ident_len(text)) || text[*array_len] != '[')
        return false;
    text += *array_len + 1;
    *index = text;
    if (!(*index_len = ident_len(text)) || text[*index_len] != ']')
        return false;
    text += *index_len + 1;
    *rest = text;
    while (*text == '.') {
        size_t n = ident_len(text + 1);
        if (!n)
            return false;
        text += 1 + n;
    }
    return *text == '\0';
}

static bool opd_is(const tl_operand *o, tl_opd_kind kind, int place) {
    return o->kind == kind && o->place == place;
}

/* Is the place written by an event of block b (or, with addr, its address
 * taken anywhere in it, where anything could write it)? */
static bool block_writes(const tl_func *f, int b, int place, bool incr_ok) {
    const tl_block *bl = &f->blocks[b];
    for (int e = 0; e < bl->nevents; e++) {
        const tl_event *ev = &bl->events[e];
        if ((ev->kind == TL_EV_ASSIGN || ev->kind == TL_EV_INCR || ev->kind == TL_EV_ESCAPE) &&
            ev->dst_place == place && !(incr_ok && ev->kind == TL_EV_INCR && ev->delta == 1))
            return true;
    }
    return false;
}

/* Anything taking the address of the place could write it unseen. */
static bool address_taken(const tl_func *f, int place) {
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *bl = &f->blocks[b];
        for (int e = 0; e < bl->nevents; e++) {
            const tl_event *ev = &bl->events[e];
            if (ev->kind == TL_EV_ESCAPE && ev->dst_place == place)
                return true;
            if (opd_is(&ev->src, TL_OPD_ADDR, place))
                return true;
            for (int k = 0; ev->kind == TL_EV_CALL && k < ev->nargs; k++)
                if (opd_is(&ev->args[k], TL_OPD_ADDR, place))
                    return true;
        }
    }
    return false;
}

static bool opd_is_temp(const tl_operand *o, int temp) {
    return o->kind == TL_OPD_TEMP && o->temp == temp;
}

/* How many operands of f read call result `temp`. */
static int temp_uses(const tl_func *f, int temp) {
    int n = 0;
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *bl = &f->blocks[b];
        for (int e = 0; e < bl->nevents; e++) {
            const tl_event *ev = &bl->events[e];
            n += opd_is_temp(&ev->src, temp) + opd_is_temp(&ev->test_rhs, temp);
            for (int k = 0; ev->kind == TL_EV_CALL && k < ev->nargs; k++)
                n += opd_is_temp(&ev->args[k], temp);
        }
        if (bl->term == TL_TERM_BRANCH)
            n += opd_is_temp(&bl->cond.lhs, temp) + opd_is_temp(&bl->cond.rhs, temp);
        else if (bl->term == TL_TERM_SWITCH)
            n += opd_is_temp(&bl->scrutinee, temp);
        else if (bl->term == TL_TERM_RETURN)
            n += opd_is_temp(&bl->retval, temp);
    }
    return n;
}

/* The one block testing `i < bound` that comes before the fill and that
 * the fill's block goes back to. */
static int find_header(fill_loop *L, int fill_block) {
    int found = -1;
    for (int b = 0; b < L->f->nblocks; b++) {
        const tl_block *bl = &L->f->blocks[b];
        if (bl->term != TL_TERM_BRANCH || bl->cond.op != TL_CMP_LT ||
            !opd_is(&bl->cond.lhs, TL_OPD_PLACE, L->index) || !block_dominates(L, b, fill_block))
            continue;
        unsigned char *seen = blocks_set(L);
        mark_reach(L, fill_block, -1, false, seen);
        if (!seen[b])
            continue;
        if (found >= 0)
            return -1;
        found = b;
    }
    return found;
}

/* The loop's blocks: those the header's true edge reaches that go back. */
static void mark_loop(fill_loop *L) {
    const tl_block *h = &L->f->blocks[L->header];
    unsigned char *fwd = blocks_set(L), *back = blocks_set(L);
    mark_reach(L, h->succ[0], L->header, false, fwd);
    for (int k = L->pred_start[L->header]; k < L->pred_start[L->header + 1]; k++)
        mark_reach(L, L->preds[k], L->header, true, back);
    L->in_loop = blocks_set(L);
    for (int b = 0; b < L->f->nblocks; b++)
        L->in_loop[b] = b == L->header || (fwd[b] && back[b]);
}

/* The header is entered once from outside, where `i = 0` was last written. */
static bool starts_at_zero(const fill_loop *L) {
    int outside = -1;
    if (L->header == L->f->entry)
        return false;
    for (int k = L->pred_start[L->header]; k < L->pred_start[L->header + 1]; k++) {
        int p = L->preds[k];
        if (L->in_loop[p])
            continue;
        if (outside >= 0)
            return false;
        outside = p;
    }
    if (outside < 0)
        return false;
    const tl_block *pb = &L->f->blocks[outside];
    for (int e = pb->nevents - 1; e >= 0; e--) {
        const tl_event *ev = &pb->events[e];
        if ((ev->kind == TL_EV_ASSIGN || ev->kind == TL_EV_INCR || ev->kind == TL_EV_ESCAPE) &&
            ev->dst_place == L->index)
            return ev->kind == TL_EV_ASSIGN && !ev->is_test && ev->delta == 0 &&
                   ev->src.kind == TL_OPD_CONST && ev->src.ival == 0;
    }
    return false;
}

/* Every round fills its element and steps i by one; a failed fill leaves
 * the loop, and a successful one goes round again (or leaves through the
 * header's test): elements [0, i) are filled wherever the loop is left. */
static bool fills_in_order(fill_loop *L, int origin, const tl_event *fill, int fill_block,
                           long long success) {
    const tl_func *f = L->f;
    for (int b = 0; b < f->nblocks; b++)
        if (L->in_loop[b] && block_writes(f, b, L->index, true))
            return false;
    for (int k = L->pred_start[L->header]; k < L->pred_start[L->header + 1]; k++) {
        int latch = L->preds[k];
        if (L->in_loop[latch] && !tl_func_event_dominates(f, L->a, origin, latch))
            return false;
    }
    const tl_block *cb = &f->blocks[fill_block];
    unsigned char *ok_side = blocks_set(L);
    int uses = fill->result_temp >= 0 ? temp_uses(f, fill->result_temp) : 0;
    if (uses == 0) { /* unchecked: whatever follows it is the success side */
        for (int k = 0, s; (s = tl_block_succ(cb, k)) != -2; k++)
            mark_reach(L, s, L->header, false, ok_side);
    } else {
        int failed = -1;
        int ok = uses == 1 ? tl_status_success_block(f, fill_block, fill, success, &failed) : -1;
        if (ok < 0 || failed == L->header || L->in_loop[failed])
            return false;
        mark_reach(L, ok, L->header, false, ok_side);
    }
    for (int b = 0; b < f->nblocks; b++)
        if (ok_side[b] && !L->in_loop[b])
            return false;
    return true;
}

/* A name for the new loop's counter that nothing in f, nor the texts it
 * goes beside, spells. */
static const char *fresh_counter(const tl_func *f, const char *const *texts) {
    static const char *const names[] = {"j", "k", "m", "jj", "kk", "idx", NULL};
    for (int n = 0; names[n]; n++) {
        bool used = false;
        for (int v = 0; v < f->nvars && !used; v++)
            used = strcmp(f->vars[v].name, names[n]) == 0;
        for (int t = 0; texts[t] && !used; t++)
            used = tl_src_spelled_with(texts[t], strlen(texts[t]), names[n]);
        if (!used)
            return names[n];
    }
    return NULL;
}

/* The count of filled elements at the exit, as text: the bound when every
 * path there ran the loop to its end, else i if nothing on the way from
 * the loop to the exit changes it. */
static const char *count_at_exit(fill_loop *L, int exit, int index_var) {
    const tl_func *f = L->f;
    const tl_block *h = &f->blocks[L->header];
    unsigned char *after_all = blocks_set(L), *after_early = blocks_set(L);
    for (int b = 0; b < f->nblocks; b++) {
        if (!L->in_loop[b])
            continue;
        for (int k = 0, s; (s = tl_block_succ(&f->blocks[b], k)) != -2; k++) {
            if (s < 0 || L->in_loop[s])
                continue;
            mark_reach(L, s, L->header, false, after_all);
            if (!(b == L->header && k == 1))
                mark_reach(L, s, L->header, false, after_early);
        }
    }
    if (!after_all[exit])
        return NULL;
    for (int b = 0; b < f->nblocks; b++) /* left and entered again: counted afresh */
        for (int k = 0, s; after_all[b] && (s = tl_block_succ(&f->blocks[b], k)) != -2; k++)
            if (s == L->header)
                return NULL;
    const tl_operand *bound = &h->cond.rhs;
    if (!after_early[exit] && bound->kind == TL_OPD_CONST && bound->text && bound->ival >= 0 &&
        bound->ival <= INT_MAX && !strchr(bound->text, '=')) /* no assignment or test */
        return bound->text;
    if (!tl_loc_within(f->blocks[exit].term_loc, f->vars[index_var].scope))
        return NULL;
    unsigned char *to_exit = blocks_set(L);
    mark_reach(L, exit, L->header, true, to_exit);
    for (int b = 0; b < f->nblocks; b++)
        if (after_all[b] && to_exit[b] && block_writes(f, b, L->index, false))
            return NULL;
    return f->vars[index_var].name;
}

const char *tl_array_release_loop(const tl_func *f, tl_arena *a, int origin, int arg,
                                  long long success, int exit, const char *call,
                                  const char *call_end) {
    int fill_block = -1;
    const tl_event *fill = tl_func_event_at(f, origin, &fill_block);
    const char *array, *index, *rest;
    size_t array_len, index_len;
    if (!fill || fill->kind != TL_EV_CALL || arg >= fill->nargs || exit < 0 ||
        exit >= f->nblocks || f->blocks[exit].term != TL_TERM_RETURN ||
        !parse_element(fill->args[arg].text, &array, &array_len, &index, &index_len, &rest))
        return NULL;
    int array_var = var_named(f, array, array_len, fill->loc);
    int index_var = var_named(f, index, index_len, fill->loc);
    if (array_var < 0 || index_var < 0 || !f->vars[array_var].is_array ||
        f->vars[index_var].is_array || f->vars[index_var].is_pointer ||
        f->vars[index_var].kind == TL_VAR_GLOBAL ||
        !tl_loc_within(f->blocks[exit].term_loc, f->vars[array_var].scope))
        return NULL;
    fill_loop L = {.f = f, .a = a};
    L.array = base_place(f, array_var);
    L.index = base_place(f, index_var);
    if (L.array < 0 || L.index < 0 || address_taken(f, L.index))
        return NULL;
    for (int b = 0; b < f->nblocks; b++)
        if (block_writes(f, b, L.array, false))
            return NULL;
    build_preds(&L);
    if ((L.header = find_header(&L, fill_block)) < 0)
        return NULL;
    mark_loop(&L);
    if (!L.in_loop[fill_block] || !starts_at_zero(&L) ||
        !fills_in_order(&L, origin, fill, fill_block, success) ||
        !block_dominates(&L, L.header, exit))
        return NULL;
    const char *count = count_at_exit(&L, exit, index_var);
    const char *array_name = f->vars[array_var].name;
    const char *texts[] = {count, array_name, NULL};
    const char *j = count ? fresh_counter(f, texts) : NULL;
    if (!j)
        return NULL;
    const char *element = tl_arena_printf(a, "%s[%s]%s", array_name, j, rest);
    return tl_arena_printf(a, "for (int %s = %s; %s-- > 0;) %s%s%s", j, count, j, call, element,
                           call_end);
}

bool tl_report_array_release(tl_report *rep, const tl_func *f, int origin, int arg,
                             long long success, int exit, const char *call,
                             const char *call_end, int place, unsigned live) {
    tl_arena *a = tl_report_arena(rep);
    const char *here = a && !(f->blocks[exit].term_stmt_flags & TL_STMT_IN_MACRO)
                           ? tl_array_release_loop(f, a, origin, arg, success, exit, call, call_end)
                           : NULL;
    if (!here)
        return false;
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *e = &f->blocks[b];
        if (e->term != TL_TERM_RETURN)
            continue;
        if (b == exit) {
            tl_report_fixit_before_exit_in(rep, e, here, place, live);
            continue;
        }
        const char *stmt = e->term_stmt_flags & TL_STMT_IN_MACRO
                               ? NULL
                               : tl_array_release_loop(f, a, origin, arg, success, b, call, call_end);
        if (stmt)
            tl_report_fixit_before_exit_if(rep, e, stmt, place, live);
        else
            tl_report_fixit_require_none(rep, tl_ctx_exit_key(e), place, live);
    }
    return true;
}
