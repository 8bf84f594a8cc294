#include "strv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(void) {
    fputs("threadlint: error: out of memory\n", stderr);
    abort();
}

void *tl_xmalloc(unsigned long size) {
    void *p = malloc(size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

void *tl_xrealloc(void *p, unsigned long size) {
    void *q = realloc(p, size ? size : 1);
    if (!q)
        out_of_memory();
    return q;
}

char *tl_xstrdup(const char *s) {
    size_t n = strlen(s);
    char *p = tl_xmalloc(n + 1);
    memcpy(p, s, n + 1);
    return p;
}

void tl_strv_pushn(tl_strv *s, const char *str, unsigned long len) {
    if (s->n + 2 > s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->v = tl_xrealloc(s->v, sizeof *s->v * (size_t)s->cap);
    }
    char *copy = tl_xmalloc(len + 1);
    memcpy(copy, str, len);
    copy[len] = '\0';
    s->v[s->n++] = copy;
    s->v[s->n] = NULL;
}

void tl_strv_push(tl_strv *s, const char *str) { tl_strv_pushn(s, str, strlen(str)); }

void tl_strv_free(tl_strv *s) {
    for (int i = 0; i < s->n; i++)
        free(s->v[i]);
    free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
}
