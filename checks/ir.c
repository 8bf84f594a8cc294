#include "ir.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_outline.h"
#include "ir_pack.h"
#include "sync_uses.h"

/* ---- translation unit ---------------------------------------------------- */

static void *xrealloc(void *p, size_t size) {
    void *q = realloc(p, size ? size : 1);
    if (!q) {
        fputs("threadlint: out of memory\n", stderr);
        abort();
    }
    return q;
}

void tl_tu_init(tl_tu *tu) {
    memset(tu, 0, sizeof *tu);
    tl_arena_init(&tu->arena);
    tl_arena_init(&tu->build);
    tu->views = xrealloc(NULL, sizeof *tu->views);
    memset(tu->views, 0, sizeof *tu->views);
    tl_arena_init(&tu->views->arena);
}

void tl_tu_free(tl_tu *tu) {
    tl_name_index_free(&tu->file_index);
    tl_name_index_free(&tu->func_index);
    tl_name_index_free(&tu->noreturn_names);
    tl_name_index_free(&tu->unread_arg_names);
    tl_name_index_free(&tu->routine_uses);
    tl_name_index_free(&tu->external_routines);
    tl_name_index_free(&tu->noted_routines);
    tl_name_index_free(&tu->trampolines);
    tl_arena_free(&tu->build);
    tl_arena_free(&tu->arena);
    if (tu->views) {
        tl_arena_free(&tu->views->arena);
        free(tu->views->of);
        free(tu->views->held);
        free(tu->views);
    }
    memset(tu, 0, sizeof *tu);
}

int tl_tu_file(tl_tu *tu, const char *path) {
    int known = tl_name_index_get(&tu->file_index, path);
    if (known >= 0)
        return known;
    tu->files = tl_arena_grow(&tu->arena, tu->files, sizeof *tu->files, &tu->file_cap,
                              tu->nfiles + 1);
    tu->files[tu->nfiles] = tl_arena_strdup(&tu->arena, path);
    tl_name_index_put(&tu->file_index, tu->files[tu->nfiles], tu->nfiles);
    return tu->nfiles++;
}

tl_func *tl_func_new(tl_tu *tu, const char *name, bool report) {
    tl_tu_seal(tu);
    int cap = tu->func_cap;
    /* the parallel arrays grow together: each from the same old capacity */
    tu->funcs = tl_arena_grow(&tu->arena, tu->funcs, sizeof *tu->funcs, &tu->func_cap,
                              tu->nfuncs + 1);
    int c = cap;
    tu->report = tl_arena_grow(&tu->arena, tu->report, sizeof *tu->report, &c, tu->nfuncs + 1);
    c = cap;
    tu->external_linkage = tl_arena_grow(&tu->arena, tu->external_linkage,
                                         sizeof *tu->external_linkage, &c, tu->nfuncs + 1);
    c = cap;
    tu->names = tl_arena_grow(&tu->arena, tu->names, sizeof *tu->names, &c, tu->nfuncs + 1);
    c = cap;
    tu->packed = tl_arena_grow(&tu->arena, tu->packed, sizeof *tu->packed, &c, tu->nfuncs + 1);
    c = cap;
    tu->packed_len = tl_arena_grow(&tu->arena, tu->packed_len, sizeof *tu->packed_len, &c,
                                   tu->nfuncs + 1);
    /* built in the scratch arena: sealing packs it and frees the rest */
    tl_func *f = tl_arena_alloc(&tu->build, sizeof *f);
    f->name = tl_arena_strdup(&tu->arena, name);
    f->arena = &tu->build;
    tu->building = f;
    f->entry = tl_block_new(f);
    tu->funcs[tu->nfuncs] = f;
    tu->names[tu->nfuncs] = f->name;
    tu->packed[tu->nfuncs] = NULL;
    tu->packed_len[tu->nfuncs] = 0;
    tu->report[tu->nfuncs] = report;
    tu->external_linkage[tu->nfuncs] = false; /* set when sealed */
    tl_name_index_put(&tu->func_index, f->name, tu->nfuncs);
    tu->nfuncs++;
    return f;
}

int tl_tu_func_index(const tl_tu *tu, const char *name) {
    return tl_name_index_get(&tu->func_index, name);
}

static tl_func *unpack(const tl_tu *tu, int i, tl_arena *a) {
    tl_func *f = tl_ir_unpack(tu->packed[i], tu->packed_len[i], a);
    if (!f) { /* only tl_ir_pack's own bytes are read: a bug, not an input */
        fprintf(stderr, "threadlint: internal error: function '%s' does not unpack\n",
                tu->names[i]);
        abort();
    }
    return f;
}

/* Function i as it is being built or as its view, or NULL. */
static tl_func *held(const tl_tu *tu, int i) {
    if (tu->funcs[i])
        return tu->funcs[i];
    const struct tl_views *v = tu->views;
    return i < v->cap ? v->of[i] : NULL;
}

tl_func *tl_tu_func_at(const tl_tu *tu, int i) {
    tl_func *h = held(tu, i);
    if (h)
        return h;
    struct tl_views *v = tu->views;
    if (i >= v->cap) {
        int cap = v->cap ? v->cap : 64;
        while (cap <= i)
            cap *= 2;
        v->of = xrealloc(v->of, sizeof *v->of * (size_t)cap);
        memset(v->of + v->cap, 0, sizeof *v->of * (size_t)(cap - v->cap));
        v->cap = cap;
    }
    if (v->nheld == v->held_cap) {
        v->held_cap = v->held_cap ? v->held_cap * 2 : 64;
        v->held = xrealloc(v->held, sizeof *v->held * (size_t)v->held_cap);
    }
    tl_func *f = unpack(tu, i, &v->arena);
    v->of[i] = f;
    v->held[v->nheld++] = i;
    return f;
}

const char *tl_tu_func_name(const tl_tu *tu, int i) { return tu->names[i]; }

void tl_tu_func_outline(const tl_tu *tu, int i, tl_arena *a, tl_outline *out) {
    const tl_func *h = held(tu, i);
    if (h) {
        tl_outline_of(h, a, out);
    } else if (!tl_ir_outline(tu->packed[i], tu->packed_len[i], a, out)) {
        fprintf(stderr, "threadlint: internal error: function '%s' has no outline\n",
                tu->names[i]);
        abort();
    }
}

bool tl_call_first_arg_global(const tl_func *f, const tl_event *call) {
    const tl_operand *o = call->nargs > 0 ? &call->args[0] : NULL;
    return f && o && (o->kind == TL_OPD_PLACE || o->kind == TL_OPD_ADDR) && o->place >= 0 &&
           f->vars[f->places[o->place].var].kind == TL_VAR_GLOBAL;
}

bool tl_tu_func_is_external(const tl_tu *tu, int i) {
    return tu->funcs[i] ? tu->funcs[i]->external_linkage : tu->external_linkage[i];
}

static const tl_func *walk_at(tl_func_walk *w) {
    if (w->index >= w->tu->nfuncs) {
        tl_func_walk_end(w);
        return NULL;
    }
    const tl_func *h = held(w->tu, w->index);
    return h ? h : unpack(w->tu, w->index, &w->scratch);
}

const tl_func *tl_func_walk_begin(tl_func_walk *w, const tl_tu *tu) {
    w->tu = tu;
    w->index = 0;
    tl_arena_init(&w->scratch);
    return walk_at(w);
}

const tl_func *tl_func_walk_next(tl_func_walk *w) {
    tl_arena_free(&w->scratch); /* not kept: a pointer kept past here is a use after free */
    w->index++;
    return walk_at(w);
}

void tl_func_walk_end(tl_func_walk *w) { tl_arena_free(&w->scratch); }

void tl_tu_release_views(const tl_tu *tu) {
    struct tl_views *v = tu->views;
    for (int k = 0; k < v->nheld; k++)
        v->of[v->held[k]] = NULL;
    v->nheld = 0;
    /* freed, not kept for reuse: a reader holding a view past here is a
     * use after free the sanitizers see */
    tl_arena_free(&v->arena);
}

const tl_func *tl_tu_find_func(const tl_tu *tu, const char *name) {
    int i = tl_tu_func_index(tu, name);
    return i < 0 ? NULL : tl_tu_func_at(tu, i);
}

void tl_tu_add_noreturn(tl_tu *tu, const char *name) {
    if (tl_tu_is_noreturn(tu, name))
        return;
    tl_name_index_put(&tu->noreturn_names, tl_arena_strdup(&tu->arena, name), 1);
}

void tl_tu_add_unread_arg(tl_tu *tu, const char *name) {
    if (!name || tl_tu_arg_unread(tu, name))
        return;
    tl_name_index_put(&tu->unread_arg_names, tl_arena_strdup(&tu->arena, name), 1);
}

bool tl_tu_arg_unread(const tl_tu *tu, const char *name) {
    return name && tl_name_index_get(&tu->unread_arg_names, name) >= 0;
}

/* The key of a routine's use: the two joined by a unit separator. */
static const char *use_key(tl_arena *a, const char *routine, const char *use) {
    return tl_arena_printf(a, "%s\x1f%s", routine, use);
}

static bool uses_directly(const tl_tu *tu, const char *routine, const char *use) {
    char buf[512];
    if (!routine || !use || (size_t)snprintf(buf, sizeof buf, "%s\x1f%s", routine, use) >= sizeof buf)
        return false;
    return tl_name_index_get(&tu->routine_uses, buf) >= 0;
}

bool tl_tu_uses_directly(const tl_tu *tu, const char *routine, const char *use) {
    return uses_directly(tu, routine, use);
}

void tl_tu_add_trampoline(tl_tu *tu, const char *name, const char *fn_member,
                          const char *arg_member) {
    if (!name || tl_name_index_get(&tu->trampolines, name) >= 0)
        return;
    tu->trampoline_list = tl_arena_grow(&tu->arena, tu->trampoline_list,
                                        sizeof *tu->trampoline_list, &tu->trampoline_cap,
                                        tu->ntrampolines + 1);
    tu->trampoline_list[tu->ntrampolines] = (struct tl_trampoline){
        tl_arena_strdup(&tu->arena, fn_member), tl_arena_strdup(&tu->arena, arg_member)};
    tl_name_index_put(&tu->trampolines, tl_arena_strdup(&tu->arena, name), tu->ntrampolines++);
}

bool tl_tu_trampoline(const tl_tu *tu, const char *name, const char **fn_member,
                      const char **arg_member) {
    int i = name ? tl_name_index_get(&tu->trampolines, name) : -1;
    if (i < 0)
        return false;
    *fn_member = tu->trampoline_list[i].fn_member;
    *arg_member = tu->trampoline_list[i].arg_member;
    return true;
}

bool tl_tu_noted_routine(const tl_tu *tu, const char *routine) {
    return routine && tl_name_index_get(&tu->noted_routines, routine) >= 0;
}

void tl_tu_add_routine_use(tl_tu *tu, const char *routine, const char *use) {
    if (!routine || !use || uses_directly(tu, routine, use))
        return;
    const char *key = use_key(&tu->arena, routine, use);
    tl_name_index_put(&tu->routine_uses, key, 1);
    if (!tl_tu_noted_routine(tu, routine))
        tl_name_index_put(&tu->noted_routines, tl_arena_strdup(&tu->arena, routine), 1);
    tu->routine_use_list = tl_arena_grow(&tu->arena, tu->routine_use_list,
                                         sizeof *tu->routine_use_list, &tu->routine_use_cap,
                                         tu->nroutine_uses + 1);
    size_t rlen = strlen(routine);
    tu->routine_use_list[tu->nroutine_uses++] = (struct tl_routine_use){key, key + rlen + 1};
}

typedef struct routine_uses_ctx {
    tl_tu *tu;
    const char *routine;
} routine_uses_ctx;

static void add_use(const char *use, void *ud) {
    routine_uses_ctx *u = ud;
    tl_tu_add_routine_use(u->tu, u->routine, use);
}

static bool same_path(const char *a, const char *b) {
    return a == b || (a && b && strcmp(a, b) == 0);
}

static void add_call(const char *callee, size_t clen, int argk, const char *path, void *ud) {
    routine_uses_ctx *u = ud;
    tl_tu *tu = u->tu;
    for (int i = tu->nroutine_calls - 1; i >= 0 && tu->routine_calls[i].caller == u->routine; i--)
        if (tu->routine_calls[i].argk == argk && strlen(tu->routine_calls[i].callee) == clen &&
            memcmp(tu->routine_calls[i].callee, callee, clen) == 0 &&
            same_path(tu->routine_calls[i].path, path))
            return; /* the same call again */
    tu->routine_calls = tl_arena_grow(&tu->arena, tu->routine_calls, sizeof *tu->routine_calls,
                                      &tu->routine_call_cap, tu->nroutine_calls + 1);
    tu->routine_calls[tu->nroutine_calls++] = (struct tl_routine_call){
        u->routine, tl_arena_printf(&tu->arena, "%.*s", (int)clen, callee), argk,
        path ? tl_arena_strdup(&tu->arena, path) : NULL};
}

void tl_tu_note_routine_uses(tl_tu *tu, const char *routine, const char *def, size_t n,
                             const char *param, size_t plen, bool external) {
    routine_uses_ctx u = {tu, tl_arena_strdup(&tu->arena, routine)};
    tl_name_index_put(&tu->noted_routines, u.routine, 1);
    if (external)
        tl_name_index_put(&tu->external_routines, u.routine, 1);
    tl_src_sync_uses(def, n, param, plen, add_use, &u);
    tl_src_routine_calls(def, n, param, plen, add_call, &u);
}

/* Is name[0, n) the whole word `word`? */
static bool spelled(const char *name, size_t n, const char *word) {
    return n == strlen(word) && memcmp(name, word, n) == 0;
}

bool tl_is_builtin_noreturn_n(const char *name, size_t n) {
    if (!name || n == 0)
        return false;
    /* By first letter, each name once: the lowering's prefilter asks this
     * of every new word of a body, most of which go at the switch. */
    switch (name[0]) {
    case 'a':
        return spelled(name, n, "abort");
    case 'e':
        return spelled(name, n, "exit") || spelled(name, n, "err") || spelled(name, n, "errx");
    case 'l':
        return spelled(name, n, "longjmp");
    case 'p':
        return spelled(name, n, "pthread_exit");
    case 'q':
        return spelled(name, n, "quick_exit");
    case 's':
        return spelled(name, n, "siglongjmp");
    case 't':
        return spelled(name, n, "thrd_exit");
    case 'v':
        return spelled(name, n, "verr") || spelled(name, n, "verrx");
    case '_':
        return spelled(name, n, "_exit") || spelled(name, n, "_Exit") ||
               spelled(name, n, "_longjmp") || spelled(name, n, "__assert") ||
               spelled(name, n, "__assert_fail") || spelled(name, n, "__assert_perror_fail") ||
               spelled(name, n, "__builtin_unreachable") || spelled(name, n, "__builtin_trap") ||
               spelled(name, n, "__longjmp_chk") || spelled(name, n, "__stack_chk_fail");
    default:
        return false;
    }
}

bool tl_is_builtin_noreturn(const char *name) {
    return name && tl_is_builtin_noreturn_n(name, strlen(name));
}

bool tl_tu_is_noreturn(const tl_tu *tu, const char *name) {
    if (!name)
        return false;
    if (tl_is_builtin_noreturn(name))
        return true;
    return tl_name_index_get(&tu->noreturn_names, name) >= 0;
}

/* ---- variables and places ------------------------------------------------ */

int tl_func_add_var(tl_func *f, const char *name, tl_var_kind kind, int param_index) {
    f->vars = tl_arena_grow(f->arena, f->vars, sizeof *f->vars, &f->var_cap, f->nvars + 1);
    tl_var *v = &f->vars[f->nvars];
    memset(v, 0, sizeof *v);
    v->name = tl_arena_strdup(f->arena, name ? name : "");
    v->kind = kind;
    v->param_index = param_index;
    return f->nvars++;
}

/* Open-addressing map from canonical key to place id. */
struct tl_place_index {
    int *slots; /* place id + 1; 0 is empty */
    int cap;
};

static unsigned long hash_key(const char *s) {
    unsigned long h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h;
}

static void index_insert(struct tl_place_index *ix, const tl_place *places, int id) {
    unsigned long mask = (unsigned long)ix->cap - 1;
    unsigned long i = hash_key(places[id].key) & mask;
    while (ix->slots[i])
        i = (i + 1) & mask;
    ix->slots[i] = id + 1;
}

static int index_find(const tl_func *f, const char *key) {
    const struct tl_place_index *ix = f->place_index;
    if (!ix)
        return -1;
    unsigned long mask = (unsigned long)ix->cap - 1;
    for (unsigned long i = hash_key(key) & mask; ix->slots[i]; i = (i + 1) & mask)
        if (strcmp(f->places[ix->slots[i] - 1].key, key) == 0)
            return ix->slots[i] - 1;
    return -1;
}

static void index_rebuild(tl_func *f) {
    struct tl_place_index *ix = f->place_index;
    if (!ix) {
        ix = f->place_index = tl_arena_alloc(f->arena, sizeof *ix);
    }
    int cap = 16;
    while (cap < f->nplaces * 2 + 2)
        cap *= 2;
    ix->slots = tl_arena_alloc(f->arena, sizeof *ix->slots * (size_t)cap);
    ix->cap = cap;
    for (int i = 0; i < f->nplaces; i++)
        index_insert(ix, f->places, i);
}

/* `v` in decimal at out (room for 12 chars); returns its length. */
static size_t put_decimal(char *out, int v) {
    char digits[12];
    size_t n = 0;
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    do
        digits[n++] = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        digits[n++] = '-';
    for (size_t i = 0; i < n; i++)
        out[i] = digits[n - 1 - i];
    return n;
}

/* A place's key: "var" for a base, else the parent's key and "*", "[]" or
 * ".field".  Built in buf (a place is looked up far more often than made,
 * and most keys are short); in the arena only when it does not fit. */
static const char *place_key(char *buf, size_t cap, const tl_func *f, int var, int parent,
                             tl_sel sel, const char *field) {
    if (sel == TL_SEL_BASE) {
        buf[put_decimal(buf, var)] = '\0';
        return buf;
    }
    const char *head = f->places[parent].key;
    const char *tail = sel == TL_SEL_DEREF ? "*" : sel == TL_SEL_INDEX ? "[]" : ".";
    const char *name = sel == TL_SEL_DEREF || sel == TL_SEL_INDEX ? "" : field ? field : "?";
    size_t nh = strlen(head), nt = strlen(tail), nn = strlen(name);
    if (nh + nt + nn >= cap)
        return tl_arena_printf(f->arena, "%s%s%s", head, tail, name);
    memcpy(buf, head, nh);
    memcpy(buf + nh, tail, nt);
    memcpy(buf + nh + nt, name, nn + 1);
    return buf;
}

static int place_intern(tl_func *f, int var, int parent, tl_sel sel, const char *field) {
    char buf[128];
    const char *key = place_key(buf, sizeof buf, f, var, parent, sel, field);
    if (!f->place_index && f->nplaces > 0)
        index_rebuild(f); /* sealing dropped it */
    int found = index_find(f, key);
    if (found >= 0)
        return found;
    if (key == buf)
        key = tl_arena_strdup(f->arena, buf);
    f->places = tl_arena_grow(f->arena, f->places, sizeof *f->places, &f->place_cap,
                              f->nplaces + 1);
    tl_place *p = &f->places[f->nplaces];
    p->var = var;
    p->parent = parent;
    p->sel = sel;
    p->field = sel == TL_SEL_FIELD ? tl_arena_strdup(f->arena, field ? field : "?") : NULL;
    p->key = key;
    int id = f->nplaces++;
    if (!f->place_index || f->nplaces * 2 > f->place_index->cap)
        index_rebuild(f);
    else
        index_insert(f->place_index, f->places, id);
    return id;
}

int tl_place_base(tl_func *f, int var) {
    return place_intern(f, var, -1, TL_SEL_BASE, NULL);
}

int tl_place_derive(tl_func *f, int parent, tl_sel sel, const char *field) {
    if (parent < 0)
        return -1;
    if (sel == TL_SEL_BASE)
        return parent;
    return place_intern(f, f->places[parent].var, parent, sel, field);
}

/* The C libraries spell `errno` as `*__errno_location()` (glibc, musl),
 * `*__error()` (BSDs, macOS) or `*___errno()` (Solaris): one object per
 * thread that outlives every call, like a global variable. */
static bool names_errno(const tl_operand *opd) {
    static const char *const locators[] = {"__errno_location", "__error", "___errno"};
    if (opd->kind != TL_OPD_TEMP || !opd->name)
        return false;
    for (size_t i = 0; i < sizeof locators / sizeof locators[0]; i++)
        if (strcmp(opd->name, locators[i]) == 0)
            return true;
    return false;
}

static int errno_place(tl_func *f) {
    for (int v = 0; v < f->nvars; v++)
        if (f->vars[v].kind == TL_VAR_GLOBAL && strcmp(f->vars[v].name, "errno") == 0)
            return tl_place_base(f, v);
    return tl_place_base(f, tl_func_add_var(f, "errno", TL_VAR_GLOBAL, -1));
}

int tl_place_through(tl_func *f, const tl_operand *opd, tl_sel sel, const char *field) {
    if (sel == TL_SEL_DEREF && names_errno(opd)) /* `errno = pthread_create(...)` */
        return errno_place(f);
    if (opd->kind == TL_OPD_ADDR) {
        /* *&x and (&x)[i] are x; a field of &x is not an lvalue. */
        if (sel == TL_SEL_DEREF || sel == TL_SEL_INDEX)
            return opd->place;
        return -1;
    }
    if (opd->kind != TL_OPD_PLACE)
        return -1;
    int base = tl_place_derive(f, opd->place, sel == TL_SEL_FIELD ? TL_SEL_DEREF : sel, NULL);
    return sel == TL_SEL_FIELD ? tl_place_derive(f, base, TL_SEL_FIELD, field) : base;
}

bool tl_place_is_under(const tl_func *f, int place, int ancestor) {
    for (int p = place; p >= 0; p = f->places[p].parent)
        if (p == ancestor)
            return true;
    return false;
}

bool tl_place_is_local_storage(const tl_func *f, int place) {
    if (place < 0)
        return false;
    for (int p = place; p >= 0; p = f->places[p].parent) {
        const tl_place *pl = &f->places[p];
        if (pl->sel == TL_SEL_DEREF)
            return false;
        /* Indexing a pointer dereferences it; indexing an array does not. */
        if (pl->sel == TL_SEL_INDEX && pl->parent >= 0) {
            const tl_place *base = &f->places[pl->parent];
            if (base->sel != TL_SEL_BASE || !f->vars[base->var].is_array)
                return false;
        }
    }
    return f->vars[f->places[place].var].kind == TL_VAR_LOCAL;
}

bool tl_place_is_collective(const tl_func *f, int place) {
    for (int p = place; p >= 0; p = f->places[p].parent)
        if (f->places[p].sel == TL_SEL_INDEX)
            return true;
    return false;
}

const char *tl_place_c_name(const tl_func *f, int place) {
    if (place < 0)
        return "?";
    const tl_place *p = &f->places[place];
    if (p->sel == TL_SEL_BASE)
        return f->vars[p->var].name;
    const char *parent = tl_place_c_name(f, p->parent);
    switch (p->sel) {
    case TL_SEL_DEREF:
        return tl_arena_printf(f->arena, "*%s", parent);
    case TL_SEL_INDEX:
        return tl_arena_printf(f->arena, "%s[]", parent);
    default: {
        const tl_place *pp = &f->places[p->parent];
        if (pp->sel == TL_SEL_DEREF)
            return tl_arena_printf(f->arena, "%s->%s", tl_place_c_name(f, pp->parent), p->field);
        return tl_arena_printf(f->arena, "%s.%s", parent, p->field);
    }
    }
}

/* ---- blocks ------------------------------------------------------------------ */

int tl_block_new(tl_func *f) {
    f->blocks = tl_arena_grow(f->arena, f->blocks, sizeof *f->blocks, &f->block_cap,
                              f->nblocks + 1);
    tl_block *b = &f->blocks[f->nblocks];
    memset(b, 0, sizeof *b);
    b->id = f->nblocks;
    b->succ[0] = b->succ[1] = -1;
    return f->nblocks++;
}

tl_event *tl_block_add_event(tl_func *f, int block, tl_event_kind kind) {
    tl_block *b = &f->blocks[block];
    b->events = tl_arena_grow(f->arena, b->events, sizeof *b->events, &b->cap, b->nevents + 1);
    tl_event *e = &b->events[b->nevents++];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->result_temp = -1;
    e->dst_place = -1;
    return e;
}

void tl_block_jump(tl_func *f, int block, int to) {
    tl_block *b = &f->blocks[block];
    b->term = TL_TERM_JUMP;
    b->succ[0] = to;
}

void tl_block_branch(tl_func *f, int block, const tl_cond *cond, int if_true, int if_false) {
    tl_block *b = &f->blocks[block];
    b->term = TL_TERM_BRANCH;
    b->cond = *cond;
    b->term_loc = cond->loc;
    b->succ[0] = if_true;
    b->succ[1] = if_false;
}

void tl_block_mark_if(tl_func *f, int block, int nblocks, int then_b, int else_b, tl_loc if_kw) {
    if (block < 0 || block >= f->nblocks || f->nblocks != nblocks)
        return;
    tl_block *b = &f->blocks[block];
    /* `if (!x)` may branch on x with the two ways swapped */
    bool straight = b->succ[0] == then_b && b->succ[1] == else_b;
    bool swapped = b->succ[0] == else_b && b->succ[1] == then_b;
    if (b->term != TL_TERM_BRANCH || !(straight || swapped))
        return;
    tl_loc at = b->cond.loc;
    if (at.file == if_kw.file && at.line == if_kw.line && at.offset > if_kw.offset &&
        at.offset - if_kw.offset < 256)
        b->cond.if_lead = at.offset - if_kw.offset;
}

void tl_block_return(tl_func *f, int block, const tl_operand *retval, tl_loc loc,
                     tl_range stmt, unsigned flags) {
    tl_block *b = &f->blocks[block];
    b->term = TL_TERM_RETURN;
    b->retval = retval ? *retval : tl_opd_none();
    b->term_loc = loc;
    b->term_stmt = stmt;
    b->term_stmt_flags = flags;
}

void tl_block_noreturn(tl_func *f, int block, tl_loc loc) {
    tl_block *b = &f->blocks[block];
    b->term = TL_TERM_NORETURN;
    b->term_loc = loc;
    /* what an earlier terminator left in the shared parts (abandon) */
    memset((char *)b + offsetof(tl_block, cond), 0, sizeof *b - offsetof(tl_block, cond));
}

void tl_block_switch(tl_func *f, int block, const tl_operand *scrutinee, const char *text) {
    tl_block *b = &f->blocks[block];
    b->term = TL_TERM_SWITCH;
    b->scrutinee = *scrutinee;
    b->scrutinee_text = text;
    b->cases = NULL;
    b->ncases = b->case_cap = 0;
    b->default_succ = -1;
}

void tl_block_add_case(tl_func *f, int block, long long lo, long long hi, int succ) {
    tl_block *b = &f->blocks[block];
    b->cases = tl_arena_grow(f->arena, b->cases, sizeof *b->cases, &b->case_cap, b->ncases + 1);
    b->cases[b->ncases++] = (tl_case){.lo = lo, .hi = hi, .succ = succ};
}

/* ---- operands ---------------------------------------------------------------- */

tl_operand tl_opd_none(void) {
    return (tl_operand){.kind = TL_OPD_NONE, .place = -1, .temp = -1};
}

tl_operand tl_opd_const(long long v, const char *text) {
    tl_operand o = tl_opd_none();
    o.kind = TL_OPD_CONST;
    o.ival = v;
    o.text = text;
    return o;
}

tl_operand tl_opd_place(int place, const char *text) {
    tl_operand o = tl_opd_none();
    o.kind = place >= 0 ? TL_OPD_PLACE : TL_OPD_OPAQUE;
    o.place = place;
    o.text = text;
    return o;
}

tl_operand tl_opd_addr(int place, const char *text) {
    tl_operand o = tl_opd_place(place, text);
    if (place >= 0)
        o.kind = TL_OPD_ADDR;
    return o;
}

tl_operand tl_opd_temp(int temp, const char *callee, const char *text) {
    tl_operand o = tl_opd_none();
    o.kind = TL_OPD_TEMP;
    o.temp = temp;
    o.name = callee;
    o.text = text;
    return o;
}

tl_operand tl_opd_func(const char *name) {
    tl_operand o = tl_opd_none();
    o.kind = TL_OPD_FUNC;
    o.name = name;
    o.text = name;
    return o;
}

tl_operand tl_opd_defined_func(const char *name) {
    tl_operand o = tl_opd_func(name);
    o.ival = 1;
    return o;
}

tl_operand tl_opd_opaque(const char *text) {
    tl_operand o = tl_opd_none();
    o.kind = TL_OPD_OPAQUE;
    o.text = text;
    return o;
}

const char *tl_event_kind_name(tl_event_kind k) {
    switch (k) {
#define TL_EVENT_NAME(name)                                                                \
    case TL_EV_##name:                                                                     \
        return #name;
        TL_EVENT_LIST(TL_EVENT_NAME)
#undef TL_EVENT_NAME
    }
    return "?";
}

/* ---- reading ------------------------------------------------------------------ */

bool tl_block_is(const tl_func *f, int block, void *ud) {
    (void)f;
    return block == *(const int *)ud;
}

bool tl_func_reaches(const tl_func *f, int from, tl_block_pred hit, void *ud) {
    if (from < 0 || from >= f->nblocks)
        return false;
    tl_arena scratch;
    tl_arena_init(&scratch);
    bool *seen = tl_arena_alloc(&scratch, (size_t)f->nblocks);
    int *stack = tl_arena_alloc(&scratch, sizeof *stack * (size_t)f->nblocks);
    int top = 0;
    bool found = false;
    stack[top++] = from;
    seen[from] = true;
    while (top && !found) {
        const tl_block *b = &f->blocks[stack[--top]];
        for (int k = 0, s; !found && (s = tl_block_succ(b, k)) != -2; k++)
            if (s >= 0 && !seen[s]) {
                found = hit(f, s, ud);
                seen[s] = true;
                stack[top++] = s;
            }
    }
    tl_arena_free(&scratch);
    return found;
}

int tl_block_succ(const tl_block *b, int k) {
    switch (b->term) {
    case TL_TERM_JUMP:
        return k == 0 ? b->succ[0] : -2;
    case TL_TERM_BRANCH:
        return k < 2 ? b->succ[k] : -2;
    case TL_TERM_SWITCH:
        return k < b->ncases ? b->cases[k].succ : k == b->ncases ? b->default_succ : -2;
    default:
        return -2;
    }
}

int tl_block_npreds(const tl_func *f, int block) {
    int n = block == f->entry;
    for (int b = 0; b < f->nblocks; b++)
        for (int k = 0, to; (to = tl_block_succ(&f->blocks[b], k)) != -2; k++)
            n += to == block;
    return n;
}

bool tl_block_first_stmt(const tl_func *f, int block, unsigned after, tl_range *stmt,
                         unsigned *flags) {
    const tl_block *b = &f->blocks[block];
    for (int e = 0; e < b->nevents; e++) {
        const tl_event *ev = &b->events[e];
        if (ev->kind == TL_EV_JUMP && ev->stmt_range.begin.offset == 0 && ev->stmt_range.end.offset == 0)
            continue;
        /* a statement begun in an earlier block (a condition's second
         * operand, say) is no place to insert before */
        if (ev->stmt_range.begin.offset < after || (ev->stmt_flags & TL_STMT_IN_MACRO))
            return false;
        *stmt = ev->stmt_range;
        *flags = ev->stmt_flags;
        return ev->stmt_range.end.offset > ev->stmt_range.begin.offset;
    }
    if (b->term == TL_TERM_RETURN && !(b->term_stmt_flags & (TL_STMT_IN_MACRO | TL_RET_IMPLICIT)) &&
        b->term_stmt.begin.offset >= after) {
        *stmt = b->term_stmt;
        *flags = b->term_stmt_flags;
        return true;
    }
    return false;
}

int tl_func_block_of_event(const tl_func *f, int index) {
    for (int b = 0, base = 0; b < f->nblocks; base += f->blocks[b].nevents, b++)
        if (index >= base && index < base + f->blocks[b].nevents)
            return b;
    return -1;
}

const tl_event *tl_func_event_at(const tl_func *f, int index, int *block) {
    for (int b = 0, base = 0; b < f->nblocks; base += f->blocks[b].nevents, b++)
        if (index >= base && index < base + f->blocks[b].nevents) {
            if (block)
                *block = b;
            return &f->blocks[b].events[index - base];
        }
    return NULL;
}

int tl_place_writes(const tl_func *f, int place) {
    int n = 0;
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            n += (ev->kind == TL_EV_ASSIGN || ev->kind == TL_EV_INCR || ev->kind == TL_EV_ESCAPE) &&
                 ev->dst_place >= 0 && tl_place_is_under(f, ev->dst_place, place);
        }
    return n;
}

int tl_status_success_block(const tl_func *f, int block, const tl_event *call,
                            long long success, int *failed) {
    const tl_block *b = block >= 0 && block < f->nblocks ? &f->blocks[block] : NULL;
    if (!b || b->term != TL_TERM_BRANCH || call->result_temp < 0 ||
        b->cond.lhs.kind != TL_OPD_TEMP || b->cond.lhs.temp != call->result_temp ||
        b->cond.rhs.kind != TL_OPD_CONST || b->cond.rhs.ival != success ||
        (b->cond.op != TL_CMP_EQ && b->cond.op != TL_CMP_NE))
        return -1;
    bool eq = b->cond.op == TL_CMP_EQ;
    if (failed)
        *failed = eq ? b->succ[1] : b->succ[0];
    return eq ? b->succ[0] : b->succ[1];
}

bool tl_func_block_dominates(const tl_func *f, tl_arena *scratch, int dom, int to) {
    if (dom < 0 || to < 0)
        return false;
    if (dom == to)
        return true;
    /* search for a path from the entry to `to` that avoids `dom` */
    unsigned char *seen = tl_arena_alloc(scratch, (size_t)f->nblocks + 1);
    memset(seen, 0, (size_t)f->nblocks + 1);
    int *stack = tl_arena_alloc(scratch, sizeof *stack * ((size_t)f->nblocks + 1));
    int top = 0;
    stack[top++] = f->entry;
    seen[f->entry] = 1;
    while (top) {
        int b = stack[--top];
        if (b == to)
            return false;
        if (b == dom)
            continue;
        for (int k = 0, s; (s = tl_block_succ(&f->blocks[b], k)) != -2; k++)
            if (s >= 0 && !seen[s]) {
                seen[s] = 1;
                stack[top++] = s;
            }
    }
    return true;
}

bool tl_func_event_dominates(const tl_func *f, tl_arena *scratch, int index, int to) {
    return tl_func_block_dominates(f, scratch, tl_func_block_of_event(f, index), to);
}

bool tl_loc_same(tl_loc a, tl_loc b) { return a.file == b.file && a.offset == b.offset; }

bool tl_loc_within(tl_loc l, tl_range r) {
    return r.begin.file == l.file && l.offset >= r.begin.offset && l.offset <= r.end.offset;
}

void tl_func_add_scope(tl_func *f, tl_range r) {
    f->scopes = tl_arena_grow(f->arena, f->scopes, sizeof *f->scopes, &f->scope_cap,
                              f->nscopes + 1);
    f->scopes[f->nscopes++] = r;
}

int tl_func_scope_at(const tl_func *f, tl_loc at) {
    int best = -1;
    for (int i = 0; i < f->nscopes; i++) {
        const tl_range *r = &f->scopes[i];
        if (!tl_loc_within(at, *r))
            continue;
        const tl_range *b = best >= 0 ? &f->scopes[best] : NULL;
        if (!b || r->begin.offset > b->begin.offset ||
            (r->begin.offset == b->begin.offset && r->end.offset < b->end.offset))
            best = i;
    }
    return best;
}

bool tl_cmp_holds(tl_cmp op, long long a, long long b) {
    switch (op) {
    case TL_CMP_EQ: return a == b;
    case TL_CMP_NE: return a != b;
    case TL_CMP_LT: return a < b;
    case TL_CMP_LE: return a <= b;
    case TL_CMP_GT: return a > b;
    default: return a >= b;
    }
}

bool tl_jump_leaves_place(const tl_func *f, const tl_event *jump, int place) {
    if (jump->kind != TL_EV_JUMP || !tl_place_is_local_storage(f, place))
        return false;
    tl_range scope = f->vars[f->places[place].var].scope;
    return tl_loc_within(jump->loc, scope) && !tl_loc_within(jump->jump_target, scope);
}
