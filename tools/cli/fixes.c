#include "fixes.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "source_text.h"
#include "strv.h"

typedef struct edit {
    const char *path;    /* absolute: what we open */
    const char *display; /* what we print */
    unsigned begin, end; /* byte offsets, [begin, end) */
    unsigned line, col;
    const char *text;
    int seq; /* order taken: insertions at one point keep finding order */
} edit;

typedef struct edit_list {
    edit *items;
    int n, cap;
} edit_list;

static void push(edit_list *l, const edit *e) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->items = tl_xrealloc(l->items, sizeof *l->items * (size_t)l->cap);
    }
    l->items[l->n++] = *e;
}

static bool same_edit(const edit *a, const edit *b) {
    return strcmp(a->path, b->path) == 0 && a->begin == b->begin && a->end == b->end &&
           strcmp(a->text, b->text) == 0;
}

/* Two edits clash when they change the same bytes, or one inserts inside
 * the other's replaced range.  Insertions at one point do not clash: they
 * go in finding order. */
static bool clash(const edit *a, const edit *b) {
    if (strcmp(a->path, b->path) != 0)
        return false;
    bool a_inserts = a->begin == a->end, b_inserts = b->begin == b->end;
    if (a_inserts && b_inserts)
        return false;
    if (a_inserts)
        return b->begin < a->begin && a->begin < b->end;
    if (b_inserts)
        return a->begin < b->begin && b->begin < a->end;
    return a->begin < b->end && b->begin < a->end;
}

static edit make_edit(const tl_job_result *r, const tl_fixit *fx) {
    int file = fx->range.begin.file;
    bool known = file >= 0 && file < r->nfiles;
    return (edit){
        .path = known ? r->paths[file] : "",
        .display = known ? r->files[file] : "",
        .begin = fx->range.begin.offset,
        .end = fx->range.end.offset,
        .line = fx->range.begin.line,
        .col = fx->range.begin.col,
        .text = fx->text ? fx->text : "",
    };
}

/* Takes the finding's whole fix-it, or none of it. */
static void take_fix(edit_list *taken, const tl_job_result *r, const tl_finding *f) {
    int before = taken->n;
    for (int i = 0; i < f->nfixits; i++) {
        edit e = make_edit(r, &f->fixits[i]);
        bool duplicate = false, conflict = e.end < e.begin || !*e.path;
        for (int k = 0; k < taken->n && !conflict && !duplicate; k++) {
            if (same_edit(&e, &taken->items[k]))
                duplicate = true; /* e.g. the same header fix from another TU */
            else
                conflict = clash(&e, &taken->items[k]);
        }
        if (conflict) {
            fprintf(stderr,
                    "threadlint: note: %s:%u:%u: not applying the fix-it for [%s]: it conflicts "
                    "with another fix-it\n",
                    e.display, e.line, e.col, tl_rule_name(f->rule));
            taken->n = before;
            return;
        }
        if (!duplicate) {
            e.seq = taken->n;
            push(taken, &e);
        }
    }
}

/* By file and offset; an insertion goes before a replacement starting at
 * the same offset. */
static int by_position(const void *pa, const void *pb) {
    const edit *a = pa, *b = pb;
    int c = strcmp(a->path, b->path);
    if (!c)
        c = (a->begin > b->begin) - (a->begin < b->begin);
    if (!c)
        c = (a->end > b->end) - (a->end < b->end);
    if (!c)
        c = (a->seq > b->seq) - (a->seq < b->seq);
    return c;
}

/* Writes `text` next to `path` and renames it over, keeping the mode. */
static bool replace_file(const char *path, const char *text, size_t len, mode_t mode) {
    char *tmp = tl_xmalloc(strlen(path) + 32);
    sprintf(tmp, "%s.threadlint-XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        free(tmp);
        return false;
    }
    bool ok = true;
    for (size_t done = 0; ok && done < len;) {
        ssize_t w = write(fd, text + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        ok = w > 0;
        if (ok)
            done += (size_t)w;
    }
    ok = ok && fchmod(fd, mode & 07777) == 0 && fsync(fd) == 0;
    int saved = errno;
    ok = close(fd) == 0 && ok;
    ok = ok && rename(tmp, path) == 0;
    if (!ok) {
        saved = saved ? saved : errno;
        unlink(tmp);
        errno = saved;
    }
    free(tmp);
    return ok;
}

/* Applies edits[0, n), all for one file and sorted. */
static int apply_to_file(const edit *edits, int n) {
    const char *path = edits[0].path, *display = edits[0].display;
    struct stat st;
    size_t size;
    char *old = stat(path, &st) == 0 ? tl_read_file(path, &size) : NULL;
    if (!old) {
        fprintf(stderr, "threadlint: error: cannot read '%s' to fix it: %s\n", display,
                strerror(errno));
        return 2;
    }
    size_t cap = size + 1;
    for (int i = 0; i < n; i++)
        cap += strlen(edits[i].text);
    char *out = tl_xmalloc(cap);
    size_t len = 0, at = 0;
    int status = 0;
    for (int i = 0; i < n; i++) {
        if (edits[i].end > size) {
            fprintf(stderr, "threadlint: error: '%s' changed since it was analysed; not fixed\n",
                    display);
            status = 2;
            break;
        }
        memcpy(out + len, old + at, edits[i].begin - at);
        len += edits[i].begin - at;
        size_t t = strlen(edits[i].text);
        memcpy(out + len, edits[i].text, t);
        len += t;
        at = edits[i].end;
    }
    if (status == 0) {
        memcpy(out + len, old + at, size - at);
        len += size - at;
        if (replace_file(path, out, len, st.st_mode)) {
            fprintf(stderr, "threadlint: applied %d fix-it edit%s to '%s'\n", n, n == 1 ? "" : "s",
                    display);
        } else {
            fprintf(stderr, "threadlint: error: cannot write '%s': %s\n", display,
                    strerror(errno));
            status = 2;
        }
    }
    free(out);
    free(old);
    return status;
}

int tl_apply_fixes(const tl_job_result *results, int n) {
    edit_list taken = {0};
    for (int i = 0; i < n; i++)
        for (int k = 0; k < results[i].findings.n; k++)
            if (results[i].findings.items[k].nfixits)
                take_fix(&taken, &results[i], &results[i].findings.items[k]);
    qsort(taken.items, (size_t)taken.n, sizeof *taken.items, by_position);
    int status = 0;
    for (int b = 0; b < taken.n;) {
        int e = b;
        while (e < taken.n && strcmp(taken.items[e].path, taken.items[b].path) == 0)
            e++;
        int s = apply_to_file(&taken.items[b], e - b);
        if (s > status)
            status = s;
        b = e;
    }
    free(taken.items);
    return status;
}
