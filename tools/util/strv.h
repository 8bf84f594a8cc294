/* A growable array of owned strings: argument vectors and file lists. */
#ifndef THREADLINT_STRV_H
#define THREADLINT_STRV_H

typedef struct tl_strv {
    char **v; /* always NULL-terminated once anything was pushed */
    int n, cap;
} tl_strv;

void tl_strv_push(tl_strv *s, const char *str);
void tl_strv_pushn(tl_strv *s, const char *str, unsigned long len);
void tl_strv_free(tl_strv *s);
/* Heap helpers that abort on out-of-memory, so callers need not check. */
void *tl_xmalloc(unsigned long size);
void *tl_xrealloc(void *p, unsigned long size);
char *tl_xstrdup(const char *s);

#endif
