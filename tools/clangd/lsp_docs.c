#include "lsp_docs.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compile_args.h"
#include "paths.h"
#include "strv.h"

/* C by the editor's word; with no word, by the file's name. */
static bool is_c_document(const char *language, const char *path) {
    if (!path)
        return false;
    if (language && *language)
        return strcasecmp(language, "c") == 0;
    return tl_language_of(NULL, NULL, 0, path) == TL_LANG_C;
}

static void set_text(tl_doc *d, const char *text, size_t len) {
    char *copy = tl_xmalloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = '\0';
    free(d->text);
    d->text = copy;
    d->len = len;
}

static void doc_free(tl_doc *d) {
    free(d->uri);
    free(d->path);
    free(d->text);
    json_decref(d->clangd_params);
    json_decref(d->findings);
    json_decref(d->fixes);
    json_decref(d->published);
    free(d);
}

tl_doc *tl_docs_find(const tl_doc_store *s, const char *uri) {
    if (!uri)
        return NULL; /* a message without a URI string names no document */
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->items[i]->uri, uri) == 0)
            return s->items[i];
    return NULL;
}

tl_doc *tl_docs_open(tl_doc_store *s, const char *uri, const char *language, long version,
                     const char *text, size_t len) {
    tl_docs_close(s, uri);
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->items = tl_xrealloc(s->items, sizeof *s->items * (size_t)s->cap);
    }
    tl_doc *d = tl_xmalloc(sizeof *d);
    memset(d, 0, sizeof *d);
    d->uri = tl_xstrdup(uri);
    d->path = tl_file_uri_path(uri);
    d->version = version;
    d->revision = ++s->revisions;
    d->analysable = is_c_document(language, d->path);
    d->published = json_array();
    set_text(d, text, len);
    s->items[s->n++] = d;
    return d;
}

void tl_docs_close(tl_doc_store *s, const char *uri) {
    for (int i = 0; i < s->n; i++) {
        if (strcmp(s->items[i]->uri, uri) == 0) {
            doc_free(s->items[i]);
            s->items[i] = s->items[--s->n];
            return;
        }
    }
}

void tl_docs_free(tl_doc_store *s) {
    for (int i = 0; i < s->n; i++)
        doc_free(s->items[i]);
    free(s->items);
    memset(s, 0, sizeof *s);
}

static bool get_position(const json_t *range, const char *which, long *line, long *character) {
    const json_t *p = json_object_get(range, which);
    const json_t *l = json_object_get(p, "line"), *c = json_object_get(p, "character");
    if (!json_is_integer(l) || !json_is_integer(c))
        return false;
    *line = (long)json_integer_value(l);
    *character = (long)json_integer_value(c);
    return *line >= 0 && *character >= 0;
}

bool tl_doc_apply_change(tl_doc *d, const json_t *change, tl_lsp_encoding enc) {
    const json_t *text = json_object_get(change, "text");
    if (!json_is_string(text))
        return false;
    const char *t = json_string_value(text);
    size_t tlen = json_string_length(text);
    const json_t *range = json_object_get(change, "range");
    if (!range) {
        set_text(d, t, tlen);
        return true;
    }
    long sl, sc, el, ec;
    if (!get_position(range, "start", &sl, &sc) || !get_position(range, "end", &el, &ec))
        return false;
    size_t b = tl_lsp_offset(d->text, d->len, sl, sc, enc);
    size_t e = tl_lsp_offset(d->text, d->len, el, ec, enc);
    if (e < b)
        return false;
    size_t len = d->len - (e - b) + tlen;
    char *out = tl_xmalloc(len + 1);
    memcpy(out, d->text, b);
    memcpy(out + b, t, tlen);
    memcpy(out + b + tlen, d->text + e, d->len - e);
    out[len] = '\0';
    free(d->text);
    d->text = out;
    d->len = len;
    return true;
}

void tl_docs_changed(tl_doc_store *s, tl_doc *d, long version) {
    d->version = version;
    d->revision = ++s->revisions;
}

void tl_doc_set_findings(tl_doc *d, json_t *findings, json_t *fixes) {
    json_decref(d->findings);
    json_decref(d->fixes);
    d->findings = findings;
    d->fixes = fixes;
    d->findings_revision = d->revision;
    d->has_findings = findings != NULL;
}

bool tl_doc_findings_current(const tl_doc *d) {
    return d->has_findings && d->findings_revision == d->revision;
}
