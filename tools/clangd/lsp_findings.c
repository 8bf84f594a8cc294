#include "lsp_findings.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lsp_rule_docs.h"
#include "paths.h"
#include "source_text.h"
#include "strv.h"

/* The text a path's positions are counted in: an open document's, else
 * the file on disk (read once per conversion). */
typedef struct text_entry {
    char *path;
    char *owned;
    const char *text;
    size_t len;
    const char *uri; /* an open document's URI, as the editor spells it */
} text_entry;

typedef struct texts {
    const tl_lsp_context *cx;
    text_entry *items;
    int n, cap;
} texts;

static const text_entry *text_of(texts *t, const char *path) {
    if (!path)
        path = ""; /* a location without a path: no text, as for an unreadable file */
    for (int i = 0; i < t->n; i++)
        if (strcmp(t->items[i].path, path) == 0)
            return &t->items[i];
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 4;
        t->items = tl_xrealloc(t->items, sizeof *t->items * (size_t)t->cap);
    }
    text_entry *e = &t->items[t->n++];
    memset(e, 0, sizeof *e);
    e->path = tl_xstrdup(path);
    for (int i = 0; i < t->cx->docs->n && !e->text; i++) {
        const tl_doc *d = t->cx->docs->items[i];
        if (d->path && strcmp(d->path, path) == 0) {
            e->text = d->text;
            e->len = d->len;
            e->uri = d->uri;
        }
    }
    if (!e->text && *path) {
        e->owned = tl_read_file(path, &e->len);
        e->text = e->owned;
    }
    return e;
}

static void texts_free(texts *t) {
    for (int i = 0; i < t->n; i++) {
        free(t->items[i].path);
        free(t->items[i].owned);
    }
    free(t->items);
}

static json_t *position(long line, long character) {
    return json_pack("{s:I, s:I}", "line", (json_int_t)line, "character", (json_int_t)character);
}

static size_t int_of(const json_t *obj, const char *key) {
    json_int_t v = json_integer_value(json_object_get(obj, key));
    return v > 0 ? (size_t)v : 0;
}

/* The position of a findings_json location. */
static json_t *position_of(texts *t, const json_t *loc) {
    const text_entry *e = text_of(t, json_string_value(json_object_get(loc, "path")));
    if (!e->text) { /* unreadable: trust libclang's line and byte column */
        size_t line = int_of(loc, "line"), col = int_of(loc, "column");
        return position(line ? (long)line - 1 : 0, col ? (long)col - 1 : 0);
    }
    long l, c;
    tl_lsp_position(e->text, e->len, int_of(loc, "offset"), t->cx->enc, &l, &c);
    return position(l, c);
}

/* A point widened to the identifier there, so editors can underline it. */
static json_t *point_range(texts *t, const json_t *loc) {
    const text_entry *e = text_of(t, json_string_value(json_object_get(loc, "path")));
    json_t *start = position_of(t, loc);
    if (!e->text)
        return json_pack("{s:o, s:O}", "start", start, "end", start);
    size_t end = tl_lsp_word_end(e->text, e->len, int_of(loc, "offset"));
    long l, c;
    tl_lsp_position(e->text, e->len, end, t->cx->enc, &l, &c);
    return json_pack("{s:o, s:o}", "start", start, "end", position(l, c));
}

static char *uri_of(texts *t, const char *path) {
    const text_entry *e = text_of(t, path);
    return e->uri ? tl_xstrdup(e->uri) : tl_file_uri(path ? path : "");
}

static json_t *related(texts *t, const json_t *notes) {
    json_t *list = json_array();
    size_t i;
    const json_t *note;
    json_array_foreach(notes, i, note) {
        const json_t *loc = json_object_get(note, "location");
        char *uri = uri_of(t, json_string_value(json_object_get(loc, "path")));
        json_array_append_new(list, json_pack("{s:{s:s, s:o}, s:O}", "location", "uri", uri,
                                              "range", point_range(t, loc), "message",
                                              json_object_get(note, "message")));
        free(uri);
    }
    return list;
}

/* A short, one-line quote of `s` for a title. */
static void quote(FILE *f, const char *s, size_t n) {
    enum { MAX_QUOTE = 48 };
    size_t written = 0;
    bool space = false;
    fputc('\'', f);
    for (size_t i = 0; i < n && written < MAX_QUOTE; i++) {
        bool ws = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
        if (ws) {
            space = written > 0;
            continue;
        }
        if (space) {
            fputc(' ', f);
            written++;
        }
        space = false;
        fputc(s[i], f);
        written++;
    }
    fputs(written >= MAX_QUOTE ? "...'" : "'", f);
}

/* "threadlint: insert 'pthread_join(t, NULL);'", "... remove '...'",
 * "... replace '...' with '...'"; several edits: the rule's name ("another
 * fix" for an alternative). */
static char *fix_title(texts *t, const json_t *fixits, const char *rule, bool alternative) {
    char *title = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&title, &len);
    if (!f)
        return tl_xstrdup("threadlint: apply the suggested fix");
    if (json_array_size(fixits) != 1) {
        fprintf(f, "threadlint: apply %s fix for %s", alternative ? "another" : "the", rule);
    } else {
        const json_t *fx = json_array_get(fixits, 0);
        const json_t *text = json_object_get(fx, "text");
        const json_t *b = json_object_get(fx, "begin");
        size_t from = int_of(b, "offset"), to = int_of(json_object_get(fx, "end"), "offset");
        const text_entry *e = text_of(t, json_string_value(json_object_get(b, "path")));
        bool old_known = e->text && from < to && to <= e->len;
        if (from == to || !old_known) {
            fputs("threadlint: insert ", f);
            quote(f, json_string_value(text), json_string_length(text));
        } else if (json_string_length(text) == 0) {
            fputs("threadlint: remove ", f);
            quote(f, e->text + from, to - from);
        } else {
            fputs("threadlint: replace ", f);
            quote(f, e->text + from, to - from);
            fputs(" with ", f);
            quote(f, json_string_value(text), json_string_length(text));
        }
    }
    fclose(f);
    return title;
}

/* The edits of one repair as one WorkspaceEdit, edits grouped by URI. */
static json_t *edit_of(texts *t, const json_t *fixits, const char *rule, bool alternative) {
    json_t *changes = json_object();
    size_t i;
    const json_t *fx;
    json_array_foreach(fixits, i, fx) {
        const json_t *b = json_object_get(fx, "begin"), *e = json_object_get(fx, "end");
        char *uri = uri_of(t, json_string_value(json_object_get(b, "path")));
        json_t *edits = json_object_get(changes, uri);
        if (!edits) {
            edits = json_array();
            json_object_set_new(changes, uri, edits);
        }
        json_array_append_new(edits, json_pack("{s:{s:o, s:o}, s:O}", "range", "start",
                                               position_of(t, b), "end", position_of(t, e),
                                               "newText", json_object_get(fx, "text")));
        free(uri);
    }
    char *title = fix_title(t, fixits, rule, alternative);
    json_t *fix = json_pack("{s:s, s:{s:o}}", "title", title, "edit", "changes", changes);
    free(title);
    return fix;
}

/* The suggested fix, with the other repairs of the finding (quick fixes
 * that are not preferred) under "alternatives". */
static json_t *fix_of(texts *t, const json_t *finding) {
    const json_t *fixits = json_object_get(finding, "fixits");
    const char *rule = json_string_value(json_object_get(finding, "rule"));
    if (json_array_size(fixits) == 0)
        return json_null();
    json_t *fix = edit_of(t, fixits, rule, false), *alternatives = json_array();
    size_t i;
    const json_t *alt;
    json_array_foreach(json_object_get(finding, "alternatives"), i, alt)
        if (json_array_size(alt))
            json_array_append_new(alternatives, edit_of(t, alt, rule, true));
    json_object_set_new(fix, "alternatives", alternatives);
    return fix;
}

static json_t *diagnostic(texts *t, const json_t *finding) {
    const char *rule = json_string_value(json_object_get(finding, "rule"));
    const char *sev = json_string_value(json_object_get(finding, "severity"));
    char *href = tl_rule_doc_href(t->cx->docs_base, rule ? rule : "");
    json_t *d = json_pack("{s:o, s:i, s:s, s:{s:s}, s:s, s:O}", "range",
                          point_range(t, json_object_get(finding, "location")), "severity",
                          sev && strcmp(sev, "note") == 0 ? 3 : 2, "code", rule ? rule : "",
                          "codeDescription", "href", href, "source", "threadlint", "message",
                          json_object_get(finding, "message"));
    free(href);
    const json_t *notes = json_object_get(finding, "notes");
    if (json_array_size(notes))
        json_object_set_new(d, "relatedInformation", related(t, notes));
    return d;
}

void tl_lsp_convert_findings(const json_t *findings, const tl_doc *doc, const tl_lsp_context *cx,
                             json_t **diagnostics, json_t **fixes) {
    texts t = {.cx = cx};
    *diagnostics = json_array();
    *fixes = json_array();
    size_t i;
    const json_t *f;
    json_array_foreach(findings, i, f) {
        const json_t *loc = json_object_get(f, "location");
        const char *path = json_string_value(json_object_get(loc, "path"));
        if (!path || !doc->path || strcmp(path, doc->path) != 0 ||
            !json_is_string(json_object_get(f, "message")))
            continue;
        json_t *d = diagnostic(&t, f);
        if (!d)
            continue;
        json_array_append_new(*diagnostics, d);
        json_array_append_new(*fixes, fix_of(&t, f));
    }
    texts_free(&t);
}
