/* Rule names from rules.def, and the growable list of findings. */
#include "finding.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const rule_names[TL_RULE_COUNT] = {
#define TL_RULE(e, id, summary) id,
#include "rules.def"
#undef TL_RULE
};

static const char *const rule_summaries[TL_RULE_COUNT] = {
#define TL_RULE(e, id, summary) summary,
#include "rules.def"
#undef TL_RULE
};

const char *tl_rule_name(tl_rule_id r) {
    return (unsigned)r < TL_RULE_COUNT ? rule_names[r] : "unknown";
}

const char *tl_rule_summary(tl_rule_id r) {
    return (unsigned)r < TL_RULE_COUNT ? rule_summaries[r] : "";
}

int tl_rule_lookup(const char *name) {
    for (int r = 0; r < TL_RULE_COUNT; r++)
        if (name && strcmp(name, rule_names[r]) == 0)
            return r;
    return -1;
}

void tl_findings_init(tl_findings *fs) {
    tl_arena_init(&fs->arena);
    fs->items = NULL;
    fs->n = fs->cap = 0;
}

void tl_findings_free(tl_findings *fs) {
    tl_arena_free(&fs->arena);
    free(fs->items);
    fs->items = NULL;
    fs->n = fs->cap = 0;
}

tl_finding *tl_findings_add(tl_findings *fs) {
    if (fs->n == fs->cap) {
        int cap = fs->cap ? fs->cap * 2 : 16;
        tl_finding *items = realloc(fs->items, sizeof *items * (size_t)cap);
        if (!items) {
            fputs("threadlint: out of memory\n", stderr);
            abort();
        }
        fs->items = items;
        fs->cap = cap;
    }
    tl_finding *f = &fs->items[fs->n++];
    memset(f, 0, sizeof *f);
    return f;
}

/* qsort is not stable: carry the original position as the last key so
 * equal findings keep the order the analysis produced them in. */
typedef struct ranked {
    tl_finding f;
    int seq;
} ranked;

static int cmp_unsigned(unsigned a, unsigned b) { return (a > b) - (a < b); }

static int cmp_ranked(const void *pa, const void *pb) {
    const ranked *a = pa, *b = pb;
    int c = (a->f.loc.file > b->f.loc.file) - (a->f.loc.file < b->f.loc.file);
    if (!c)
        c = cmp_unsigned(a->f.loc.line, b->f.loc.line);
    if (!c)
        c = cmp_unsigned(a->f.loc.col, b->f.loc.col);
    if (!c)
        c = ((int)a->f.rule > (int)b->f.rule) - ((int)a->f.rule < (int)b->f.rule);
    if (!c)
        c = strcmp(a->f.msg ? a->f.msg : "", b->f.msg ? b->f.msg : "");
    if (!c)
        c = (a->seq > b->seq) - (a->seq < b->seq);
    return c;
}

void tl_findings_sort(tl_findings *fs) {
    if (fs->n < 2)
        return;
    ranked *tmp = malloc(sizeof *tmp * (size_t)fs->n);
    if (!tmp) {
        fputs("threadlint: out of memory\n", stderr);
        abort();
    }
    for (int i = 0; i < fs->n; i++)
        tmp[i] = (ranked){fs->items[i], i};
    qsort(tmp, (size_t)fs->n, sizeof *tmp, cmp_ranked);
    for (int i = 0; i < fs->n; i++)
        fs->items[i] = tmp[i].f;
    free(tmp);
}

void tl_fix_title(const tl_fixit *fixits, int n, char *buf, size_t size) {
    const char *best = NULL;
    size_t best_len = 0;
    for (int i = 0; i < n; i++) {
        const char *t = fixits[i].text ? fixits[i].text : "";
        size_t len = strlen(t);
        while (len && strchr(" \t\n{}", t[len - 1]))
            len--;
        while (len && strchr(" \t\n{}", *t)) {
            t++;
            len--;
        }
        if (len > best_len) {
            best = t;
            best_len = len;
        }
    }
    if (!size)
        return;
    if (!best) {
        buf[0] = '\0';
        return;
    }
    snprintf(buf, size, "insert '%.*s'", (int)best_len, best);
}
