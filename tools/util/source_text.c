#include "source_text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "strv.h"

/* Runs on worker threads, where plain strerror() is not guaranteed safe. */
static const char *error_text(int err, char *buf, size_t size) {
    if (strerror_r(err, buf, size) != 0)
        snprintf(buf, size, "error %d", err);
    return buf;
}

tl_input_check tl_check_input(const char *path, const char *display,
                              unsigned long long max_size, FILE *err) {
    char why[128];
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f || fstat(fileno(f), &st) != 0) {
        fprintf(err, "threadlint: error: cannot read '%s': %s\n", display,
                error_text(errno, why, sizeof why));
        if (f)
            fclose(f);
        return TL_INPUT_UNREADABLE;
    }
    fclose(f);
    if (S_ISDIR(st.st_mode)) {
        fprintf(err, "threadlint: error: cannot read '%s': %s\n", display,
                error_text(EISDIR, why, sizeof why));
        return TL_INPUT_UNREADABLE;
    }
    if (!S_ISREG(st.st_mode)) {
        fprintf(err, "threadlint: error: cannot read '%s': not a regular file\n", display);
        return TL_INPUT_UNREADABLE;
    }
    if ((unsigned long long)st.st_size > max_size) {
        fprintf(err,
                "threadlint: error: '%s' is too large (%llu bytes; the limit is %llu, "
                "see --max-file-size)\n",
                display, (unsigned long long)st.st_size, max_size);
        return TL_INPUT_TOO_LARGE;
    }
    return TL_INPUT_OK;
}

bool tl_line_at(const tl_file_text *f, unsigned offset, const char **start, size_t *len) {
    if (!f->text || offset > f->len)
        return false;
    size_t b = offset, e = offset;
    /* lines end at '\n', "\r\n" or a lone '\r' (old Mac files), as clang
     * counts them */
    while (b > 0 && f->text[b - 1] != '\n' && f->text[b - 1] != '\r')
        b--;
    while (e < f->len && f->text[e] != '\n' && f->text[e] != '\r')
        e++;
    *start = f->text + b;
    *len = e - b;
    return true;
}

char *tl_read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = tl_xmalloc(cap + 1);
    for (;;) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
        if (n == cap) {
            cap *= 2;
            buf = tl_xrealloc(buf, cap + 1);
        }
    }
    int failed = ferror(f);
    int saved = errno;
    fclose(f);
    if (failed) {
        free(buf);
        errno = saved ? saved : EIO;
        return NULL;
    }
    buf[n] = '\0';
    *size = n;
    return buf;
}
