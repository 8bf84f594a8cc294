/* Which definitions are worth lowering (select_defs.h). */
#include "select_defs.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "api_text.h"
#include "module.h"
#include "src_text.h"
#include "sync_uses.h"

/* A growable list of definition indexes. */
typedef struct tl_select_ints {
    int *v;
    int n, cap;
} tl_select_ints;

static void ints_push(tl_select_ints *s, int v) {
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->v = realloc(s->v, sizeof *s->v * (size_t)s->cap);
        if (!s->v)
            abort();
    }
    s->v[s->n++] = v;
}

/* What one word means to the selection.  Every word the bodies spell gets
 * one, on first sight, so each further mention costs one probe: the
 * name-only tests (sync API, noreturn, thread word) run once per word. */
typedef struct word {
    const char *name; /* borrowed: a module's, an option's, or a span of the TU's text */
    size_t len;
    unsigned long hash;
    bool api;         /* a modelled name or a macro that expands to one: has `gate` */
    int gate;         /* api_text.h */
    int def;          /* the first definition so named, or -1 */
    bool user;        /* a helper in another file that uses or destroys through its argument */
    bool sync_api;    /* tl_sync_api_uses or tl_sync_api_destroys */
    bool noreturn;    /* tl_is_builtin_noreturn_n */
    bool thread_word; /* pthread_* or thrd_* */
} word;

/* The words, by open addressing over their hashes. */
typedef struct lexicon {
    word *v; /* v[i].name NULL: a free slot */
    size_t cap, n;
} lexicon;

/* Hashes a word 8 bytes at a time (the last load overlapping the one
 * before), rather than a step per byte: every mention in every body is
 * hashed, and most words are short. */
static unsigned long hash_span(const char *s, size_t n) {
    uint64_t h = n, chunk = 0;
    if (n < 8) {
        for (size_t i = 0; i < n; i++)
            chunk = chunk << 8 | (unsigned char)s[i];
    } else {
        for (size_t i = 0; i + 8 < n; i += 8) {
            memcpy(&chunk, s + i, 8);
            h = (h ^ chunk) * 0x9e3779b97f4a7c15u;
        }
        memcpy(&chunk, s + n - 8, 8);
    }
    /* a multiply moves a byte's bits only upwards: fold the top back down,
     * as the table indexes by the low bits */
    h = (h ^ chunk) * 0x9e3779b97f4a7c15u;
    h = (h ^ h >> 32) * 0xc2b2ae3d27d4eb4fu;
    return (unsigned long)(h ^ h >> 29);
}

/* The slot of name[0, n) (hash h): its word's, or the free one it would
 * take.  Inline: every mention in every body comes here. */
static inline size_t lexicon_slot(const lexicon *lx, const char *name, size_t n,
                                  unsigned long h) {
    size_t mask = lx->cap - 1, i = h & mask;
    while (lx->v[i].name && !(lx->v[i].hash == h && lx->v[i].len == n &&
                              memcmp(lx->v[i].name, name, n) == 0))
        i = (i + 1) & mask;
    return i;
}

static void lexicon_grow(lexicon *lx) {
    lexicon old = *lx;
    lx->cap = old.cap ? old.cap * 2 : 256;
    lx->v = calloc(lx->cap, sizeof *lx->v);
    if (!lx->v)
        abort();
    for (size_t i = 0; i < old.cap; i++)
        if (old.v[i].name)
            lx->v[lexicon_slot(lx, old.v[i].name, old.v[i].len, old.v[i].hash)] = old.v[i];
    free(old.v);
}

/* A word seen for the first time, into the free slot w. */
static void lexicon_meet(lexicon *lx, word *w, const char *name, size_t n, unsigned long h) {
    *w = (word){
        .name = name,
        .len = n,
        .hash = h,
        .gate = TL_GATE_NOT_API,
        .def = -1,
        .sync_api = tl_sync_api_uses(name, n, NULL) || tl_sync_api_destroys(name, n, NULL),
        .noreturn = tl_is_builtin_noreturn_n(name, n),
        .thread_word = (n > 8 && memcmp(name, "pthread_", 8) == 0) ||
                       (n > 5 && memcmp(name, "thrd_", 5) == 0),
    };
    lx->n++;
}

/* The word name[0, n), added on first sight. */
static inline word *lexicon_word(lexicon *lx, const char *name, size_t n) {
    if ((lx->n + 1) * 2 > lx->cap)
        lexicon_grow(lx);
    unsigned long h = hash_span(name, n);
    word *w = &lx->v[lexicon_slot(lx, name, n, h)];
    if (!w->name)
        lexicon_meet(lx, w, name, n, h);
    return w;
}

/* The word name[0, n) if seen, else NULL. */
static const word *lexicon_find(const lexicon *lx, const char *name, size_t n) {
    if (!lx->cap)
        return NULL;
    const word *w = &lx->v[lexicon_slot(lx, name, n, hash_span(name, n))];
    return w->name ? w : NULL;
}

/* An API's gate: the first given stands, as a macro's is widened later. */
static void add_api(lexicon *lx, const char *name, int gate) {
    word *w = lexicon_word(lx, name, strlen(name));
    if (!w->api) {
        w->api = true;
        w->gate = gate;
    }
}

/* The gate (api_text.h) of an API or macro name; TL_GATE_NOT_API for others. */
static int api_gate(const char *id, size_t n, void *ud) {
    const word *w = lexicon_find(ud, id, n);
    return w && w->api ? w->gate : TL_GATE_NOT_API;
}

static void set_api_gate(const char *id, size_t n, int gate, void *ud) {
    word *w = lexicon_word(ud, id, n);
    w->api = true;
    w->gate = gate;
}

/* What one body names, gathered in a single scan. */
typedef struct body_refs {
    bool api, stop;
    bool thread_word; /* names pthread_* or thrd_* (the summarising pass) */
    bool sync; /* names an API that uses or destroys a sync object (sync_uses.h), or a
                  helper in another file that does */
    bool accessor, companion; /* an accessor counts only with a companion */
    int named_from, named_to; /* its range of `named`: the definitions it names */
} body_refs;

typedef struct body_scan {
    lexicon *words;
    tl_select_ints *named; /* every body's named definitions, one after another */
    body_refs *out;
    const char *end; /* of the body's text */
    tl_src_body_facts facts;
} body_scan;

static bool collect(const char *id, size_t n, void *ud) {
    body_scan *b = ud;
    const word *w = lexicon_word(b->words, id, n);
    int gate = w->api ? w->gate : TL_GATE_NOT_API;
    if (gate == TL_GATE_ACCESSOR)
        b->out->accessor = true;
    else if (gate == TL_GATE_COMPANION)
        b->out->companion = true;
    else if (!b->out->api && tl_text_call_may_matter(id + n, b->end, gate))
        b->out->api = true;
    if (w->thread_word)
        b->out->thread_word = true;
    if (w->sync_api || w->user)
        b->out->sync = true;
    if (w->def >= 0)
        ints_push(b->named, w->def);
    else if (w->noreturn)
        b->out->stop = true;
    tl_src_body_facts_see(&b->facts, id, n);
    return false;
}

/* flag[i] |= flag[j] for every definition j that i names, to a fixed point:
 * through the namers of each flagged definition, each reached once, so a
 * chain written callers first costs its length, not its length squared. */
static void propagate(int n, const body_refs *refs, const int *named, bool *flag) {
    int *first = calloc((size_t)n + 2, sizeof *first); /* namers of j: of[first[j]..first[j+1]) */
    int *work = malloc(sizeof *work * ((size_t)n + 1)), nwork = 0;
    if (!first || !work)
        abort();
    for (int i = 0; i < n; i++)
        for (int k = refs[i].named_from; k < refs[i].named_to; k++)
            first[named[k] + 2]++;
    for (int j = 0; j < n; j++)
        first[j + 2] += first[j + 1];
    int *of = malloc(sizeof *of * ((size_t)first[n + 1] + 1));
    if (!of)
        abort();
    for (int i = 0; i < n; i++) /* fills j's range, leaving first[j + 1] at its start */
        for (int k = refs[i].named_from; k < refs[i].named_to; k++)
            of[first[named[k] + 1]++] = i;
    for (int i = 0; i < n; i++)
        if (flag[i])
            work[nwork++] = i;
    while (nwork) {
        int j = work[--nwork];
        for (int k = first[j]; k < first[j + 1]; k++)
            if (!flag[of[k]]) {
                flag[of[k]] = true;
                work[nwork++] = of[k];
            }
    }
    free(first);
    free(work);
    free(of);
}

/* One pass over a definition's text: what it names, whether it loops for
 * ever.  Of a definition with one parameter, also whether its body never
 * reads it: a start routine given it ignores its argument
 * (pthread.ArgLifetime); and whether it is a trampoline
 * (pthread.DestroyWhileRunning's spawn helpers). */
static void scan_body(tl_tu *tu, lexicon *words, tl_select_ints *named, const tl_select_def *d,
                      int i, const tl_select_source *src, body_refs *out, bool *endless) {
    bool one_param = d->nparams == 1;
    size_t plen = 0;
    const char *p = one_param ? src->first_param(src->ud, i, &plen) : "";
    body_scan b = {.words = words, .named = named, .out = out, .end = d->text + d->len};
    tl_src_body_facts_init(&b.facts, d->text, d->len, p, plen);
    out->named_from = named->n;
    tl_src_each_ident(d->text, d->len, collect, &b);
    out->named_to = named->n;
    *endless = b.facts.endless;
    if (one_param) {
        if (tl_src_body_facts_param_unread(&b.facts))
            tl_tu_add_unread_arg(tu, d->name);
        char fn[64], arg[64];
        if (tl_src_trampoline(d->text, d->len, p, plen, fn, arg, sizeof fn))
            tl_tu_add_trampoline(tu, d->name, fn, arg);
    }
}

/* The words every body is read against: the modelled APIs, the wrappers
 * and the helpers in other files that act or use, then the definitions. */
static void learn_names(lexicon *words, const tl_select_input *in) {
    for (int m = 1; m < tl_module_count(); m++)
        for (const char *const *api = tl_module_get(m)->apis; *api; api++)
            add_api(words, *api, tl_module_api_gate(*api));
    for (int m = 1; m < tl_module_count(); m++)
        for (const char *const *c = tl_module_get(m)->companions; c && *c; c++)
            add_api(words, *c, TL_GATE_COMPANION);
    for (int w = 0; w < in->nwrappers; w++) /* rewritten into APIs later */
        add_api(words, in->wrappers[w].name, TL_GATE_ALWAYS);
    const tl_ext_summaries *ext = in->external;
    for (int e = 0; ext && e < ext->n; e++) /* helpers in other files that act */
        if (tl_ext_summary_acts(&ext->items[e])) /* a conflict has no summary */
            add_api(words, ext->items[e].name, TL_GATE_ALWAYS);
    for (int e = 0; ext && e < ext->n; e++)
        if (!ext->items[e].conflict && ext->items[e].nuses > 0)
            lexicon_word(words, ext->items[e].name, strlen(ext->items[e].name))->user = true;
    for (int i = 0; i < in->n; i++) {
        const char *name = in->defs[i].name;
        word *w = lexicon_word(words, name, strlen(name));
        if (w->def < 0)
            w->def = i;
    }
    /* macros that expand to an API, from every non-system file of the TU
     * (zstd spells pthread_create as ZSTD_pthread_create in a header) */
    for (int round = 0; round < 4; round++) {
        bool changed = false;
        for (int f = 0; f < in->nfiles; f++)
            changed |= tl_text_scan_macros(in->files[f], in->file_sizes[f], api_gate, set_api_gate,
                                           words);
        if (!changed)
            break;
    }
}

void tl_select_definitions(tl_tu *tu, const tl_select_input *in, const tl_select_source *src,
                           bool *needed, bool *stops) {
    int n = in->n;
    lexicon words = {0};
    learn_names(&words, in);
    body_refs *refs = calloc((size_t)n + 1, sizeof *refs);
    bool *sync = calloc((size_t)n + 1, sizeof *sync);
    if (!refs || !sync)
        abort();
    tl_select_ints named = {0};
    for (int i = 0; i < n; i++) {
        const tl_select_def *d = &in->defs[i];
        bool endless = false;
        if (d->text)
            scan_body(tu, &words, &named, d, i, src, &refs[i], &endless);
        else
            refs[i].api = true; /* unreadable: lower it to be safe */
        needed[i] = refs[i].api || (refs[i].accessor && refs[i].companion);
        /* a start routine that loops for ever: its leaked handle is a note */
        stops[i] = refs[i].stop || endless;
        sync[i] = refs[i].sync;
    }
    propagate(n, refs, named.v, needed);
    propagate(n, refs, named.v, stops);
    /* what a definition that reaches a sync API (itself or through the
     * definitions it names) locks, waits on or destroys and whom it calls,
     * through its first parameter: a start routine's uses, its same-file
     * callees' too, a teardown helper's destroys
     * (pthread.DestroyWhileRunning); no other definition can use anything */
    propagate(n, refs, named.v, sync);
    for (int i = 0; i < n; i++) {
        const tl_select_def *d = &in->defs[i];
        if (!sync[i] || !d->text)
            continue;
        size_t plen = 0;
        const char *p = d->nparams > 0 ? src->first_param(src->ud, i, &plen) : "";
        unsigned linkage = src->linkage(src->ud, i);
        bool external = (linkage & TL_SELECT_EXTERNAL) && (linkage & TL_SELECT_IN_MAIN_FILE);
        tl_tu_note_routine_uses(tu, d->name, d->text, d->len, p, plen, external);
    }
    /* after propagate: a caller of such a helper needs nothing from it */
    for (int i = 0; i < n; i++) {
        /* a helper that names a thread (thread_setname(t, ...)): its caller
         * needs its summary to know it keeps nothing */
        stops[i] = stops[i] || refs[i].thread_word;
        if (in->summarise && stops[i] && (src->linkage(src->ud, i) & TL_SELECT_EXTERNAL))
            needed[i] = true;
    }
    free(named.v);
    free(words.v);
    free(refs);
    free(sync);
}
