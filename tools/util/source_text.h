/* Input files: checking them before clang sees them, and finding lines. */
#ifndef THREADLINT_SOURCE_TEXT_H
#define THREADLINT_SOURCE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* A file's bytes (not NUL-terminated); text is NULL when unknown. */
typedef struct tl_file_text {
    const char *text;
    size_t len;
} tl_file_text;

typedef enum tl_input_check { TL_INPUT_OK, TL_INPUT_UNREADABLE, TL_INPUT_TOO_LARGE } tl_input_check;

/* TL_INPUT_OK when `path` is a readable regular file of at most max_size
 * bytes; otherwise prints "threadlint: error: ..." naming `display` to err. */
tl_input_check tl_check_input(const char *path, const char *display,
                              unsigned long long max_size, FILE *err);

/* The line holding byte `offset`, without its line break. */
bool tl_line_at(const tl_file_text *f, unsigned offset, const char **start, size_t *len);

/* Reads a whole file into memory; NULL (errno set) on failure.  `size`
 * receives its length; the buffer is NUL-terminated for convenience. */
char *tl_read_file(const char *path, size_t *size);

#endif
