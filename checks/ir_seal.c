/* Sealing: a function is built in a scratch arena, where its arrays grow
 * by doubling and leave their old copies behind; once it is complete it is
 * copied into the TU's arena at its exact size and the scratch is reused.
 * A small function then costs what its IR holds, not eight blocks and
 * eight events per block of capacity.  Strings the front end put in the
 * TU's arena already are shared, not copied. */
#include "ir.h"

#include <string.h>

typedef struct sealer {
    tl_arena *to;
    const tl_arena *from;
} sealer;

static void *copy(const sealer *s, const void *p, size_t size) {
    if (!p || size == 0)
        return NULL;
    return tl_arena_memdup(s->to, p, size);
}

static const char *str(const sealer *s, const char *p) {
    return p && tl_arena_owns(s->from, p) ? tl_arena_strdup(s->to, p) : p;
}

static void operand(const sealer *s, tl_operand *o) {
    o->name = str(s, o->name);
    o->text = str(s, o->text);
}

static void event(const sealer *s, tl_event *e) {
    e->text = str(s, e->text);
    e->callee = str(s, e->callee);
    if (e->args && tl_arena_owns(s->from, e->args))
        e->args = copy(s, e->args, sizeof *e->args * (size_t)e->nargs);
    for (int a = 0; a < e->nargs; a++)
        operand(s, &e->args[a]);
    operand(s, &e->src);
    operand(s, &e->test_rhs);
}

static void block(const sealer *s, tl_block *b) {
    b->events = copy(s, b->events, sizeof *b->events * (size_t)b->nevents);
    b->cap = b->nevents;
    for (int e = 0; e < b->nevents; e++)
        event(s, &b->events[e]);
    switch (b->term) { /* only the terminator's own parts are set */
    case TL_TERM_BRANCH:
        operand(s, &b->cond.lhs);
        operand(s, &b->cond.rhs);
        b->cond.text = str(s, b->cond.text);
        break;
    case TL_TERM_SWITCH:
        operand(s, &b->scrutinee);
        b->scrutinee_text = str(s, b->scrutinee_text);
        b->cases = copy(s, b->cases, sizeof *b->cases * (size_t)b->ncases);
        b->case_cap = b->ncases;
        break;
    case TL_TERM_RETURN:
        operand(s, &b->retval);
        break;
    default:
        break;
    }
}

void tl_tu_seal(tl_tu *tu) {
    tl_func *f = tu->building;
    if (!f)
        return;
    sealer s = {&tu->arena, &tu->build};
    f->name = str(&s, f->name);
    f->vars = copy(&s, f->vars, sizeof *f->vars * (size_t)f->nvars);
    f->var_cap = f->nvars;
    for (int v = 0; v < f->nvars; v++)
        f->vars[v].name = str(&s, f->vars[v].name);
    f->places = copy(&s, f->places, sizeof *f->places * (size_t)f->nplaces);
    f->place_cap = f->nplaces;
    for (int p = 0; p < f->nplaces; p++) {
        f->places[p].field = str(&s, f->places[p].field);
        f->places[p].key = str(&s, f->places[p].key);
    }
    f->place_index = NULL; /* rebuilt when a place is next interned */
    f->blocks = copy(&s, f->blocks, sizeof *f->blocks * (size_t)f->nblocks);
    f->block_cap = f->nblocks;
    for (int b = 0; b < f->nblocks; b++)
        block(&s, &f->blocks[b]);
    f->scopes = copy(&s, f->scopes, sizeof *f->scopes * (size_t)f->nscopes);
    f->scope_cap = f->nscopes;
    f->arena = &tu->arena;
    tu->building = NULL;
    tl_arena_reset(&tu->build);
}
