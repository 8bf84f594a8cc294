/* File-name arithmetic, done lexically: threadlint prints paths the way the
 * user or the build spelt them, so it never resolves symlinks. */
#ifndef THREADLINT_PATHS_H
#define THREADLINT_PATHS_H

/* dir/path, or path itself when it is absolute or dir is empty/NULL. */
char *tl_path_join(const char *dir, const char *path);
/* tl_path_join, then "//", "/./" and "x/.." removed when the result is
 * absolute. */
char *tl_path_absolute(const char *base, const char *path);
/* The working directory; "." if it cannot be found.  The caller frees. */
char *tl_current_dir(void);

/* file:// URI of an absolute path: everything but unreserved characters
 * and '/' is percent-encoded. */
char *tl_file_uri(const char *path);
/* A path as a relative URI reference: percent-encoded the same way. */
char *tl_uri_encode_path(const char *path);
/* The reverse: NULL for a malformed escape.  Stops at '?' or '#'. */
char *tl_uri_decode_path(const char *s);
/* The path a file:// URI names (percent-decoded), or NULL for another
 * scheme, a remote host or a malformed escape. */
char *tl_file_uri_path(const char *uri);

#endif
