#include "output_text.h"

#include <string.h>

/* clang's colours: bold locations, bold magenta warnings, bold cyan notes,
 * bold green carets. */
#define SGR_RESET "\033[0m"
#define SGR_BOLD "\033[1m"
#define SGR_WARNING "\033[0;1;35m"
#define SGR_NOTE "\033[0;1;36m"
#define SGR_CARET "\033[0;1;32m"

enum { TAB_STOP = 8, SNIPPET_LINES = 16 };

static unsigned digits(unsigned long v) {
    unsigned n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

static void spaces(FILE *out, size_t n) {
    while (n--)
        fputc(' ', out);
}

/* Display width up to byte `upto`: tabs to the next stop, UTF-8
 * continuation bytes take no column. */
static size_t display_column(const char *line, size_t upto) {
    size_t col = 0;
    for (size_t i = 0; i < upto; i++) {
        unsigned char c = (unsigned char)line[i];
        if (c == '\t')
            col += TAB_STOP - col % TAB_STOP;
        else if ((c & 0xC0) != 0x80)
            col++;
    }
    return col;
}

static void print_expanded(FILE *out, const char *line, size_t len) {
    size_t col = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)line[i];
        if (c == '\t') {
            size_t n = TAB_STOP - col % TAB_STOP;
            spaces(out, n);
            col += n;
            continue;
        }
        fputc(c, out);
        if ((c & 0xC0) != 0x80)
            col++;
    }
}

/* Like clang 19: the line number right-aligned in a gutter at least four
 * wide, then the caret line under it. */
static void print_snippet(FILE *out, const tl_loc *loc, const tl_file_text *text,
                          const tl_text_style *style) {
    const char *line;
    size_t len;
    if (!text || !tl_line_at(text, loc->offset, &line, &len))
        return;
    unsigned width = digits((unsigned long)loc->line + SNIPPET_LINES);
    if (width < 4)
        width = 4;
    spaces(out, width - digits(loc->line) + 1);
    fprintf(out, "%u | ", loc->line);
    print_expanded(out, line, len);
    fputc('\n', out);
    size_t byte = loc->col > 0 ? loc->col - 1 : 0;
    if (byte > len)
        byte = len;
    spaces(out, width + 2);
    fputs("| ", out);
    if (style->color)
        fputs(SGR_CARET, out);
    spaces(out, display_column(line, byte));
    fputc('^', out);
    if (style->color)
        fputs(SGR_RESET, out);
    fputc('\n', out);
}

static const char *file_name(const char *const *files, int nfiles, int file) {
    return file >= 0 && file < nfiles && files[file] ? files[file] : "<unknown>";
}

static void print_location(FILE *out, const char *path, const tl_loc *loc,
                           const tl_text_style *style) {
    if (style->color)
        fputs(SGR_BOLD, out);
    fprintf(out, "%s:%u:%u: ", path, loc->line, loc->col);
    if (style->color)
        fputs(SGR_RESET, out);
}

void tl_text_escape(FILE *out, const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\\':
            fputs("\\\\", out);
            break;
        case '"':
            fputs("\\\"", out);
            break;
        case '\n':
            fputs("\\n", out);
            break;
        case '\t':
            fputs("\\t", out);
            break;
        default:
            if (c < 0x20 || c >= 0x7F)
                fprintf(out, "\\%03o", c);
            else
                fputc(c, out);
        }
    }
}

static void print_fixit(FILE *out, const char *path, const tl_fixit *fx) {
    fputs("fix-it:\"", out);
    tl_text_escape(out, path, strlen(path));
    fprintf(out, "\":{%u:%u-%u:%u}:\"", fx->range.begin.line, fx->range.begin.col,
            fx->range.end.line, fx->range.end.col);
    const char *text = fx->text ? fx->text : "";
    tl_text_escape(out, text, strlen(text));
    fputs("\"\n", out);
}

static const tl_file_text *text_of(const tl_file_text *texts, int nfiles, int file) {
    return texts && file >= 0 && file < nfiles ? &texts[file] : NULL;
}

void tl_text_render(FILE *out, const tl_finding *f, const char *const *files,
                    const tl_file_text *texts, int nfiles, const tl_text_style *style) {
    bool note = f->severity == TL_SEV_NOTE;
    print_location(out, file_name(files, nfiles, f->loc.file), &f->loc, style);
    if (style->color)
        fputs(note ? SGR_NOTE : SGR_WARNING, out);
    fputs(note ? "note: " : "warning: ", out);
    if (style->color)
        fputs(SGR_RESET SGR_BOLD, out);
    fprintf(out, "%s [%s]", f->msg ? f->msg : "", tl_rule_name(f->rule));
    if (style->color)
        fputs(SGR_RESET, out);
    fputc('\n', out);
    if (style->show_source)
        print_snippet(out, &f->loc, text_of(texts, nfiles, f->loc.file), style);

    for (int i = 0; i < f->nnotes; i++) {
        const tl_note *n = &f->notes[i];
        print_location(out, file_name(files, nfiles, n->loc.file), &n->loc, style);
        if (style->color)
            fputs(SGR_NOTE, out);
        fputs("note: ", out);
        if (style->color)
            fputs(SGR_RESET, out);
        fprintf(out, "%s\n", n->msg ? n->msg : "");
        if (style->show_source)
            print_snippet(out, &n->loc, text_of(texts, nfiles, n->loc.file), style);
    }
    for (int i = 0; i < f->nfixits; i++)
        print_fixit(out, file_name(files, nfiles, f->fixits[i].range.begin.file), &f->fixits[i]);
}
