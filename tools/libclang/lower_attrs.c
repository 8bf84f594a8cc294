/* Constructor and destructor functions.  libclang shows both attributes
 * only as an UnexposedAttr child of the FunctionDecl (LLVM 14 and 19
 * alike), inherited by the definition from an earlier declaration; the
 * attribute's name is read from the source where it is spelled.  libclang
 * 14 places an attribute a macro wrote (`#define INIT
 * __attribute__((constructor))`) at the macro's name instead, so when an
 * attribute's text names neither, the declaration's pretty-printed form
 * decides. */
#include "lower_internal.h"

#include <string.h>

typedef struct attr_scan {
    lower_tu *lt;
    unsigned attrs;
    bool unread; /* some attribute's text named neither */
} attr_scan;

static bool ident_char(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The identifier at t[i, n): its start and length. */
static size_t ident_at(const char *t, size_t i, size_t n, size_t *len) {
    size_t e = i;
    while (e < n && ident_char(t[e]))
        e++;
    *len = e - i;
    return i;
}

static bool word_is(const char *w, size_t n, const char *want) {
    /* `__constructor__` is `constructor` */
    if (n > 4 && w[0] == '_' && w[1] == '_' && w[n - 1] == '_' && w[n - 2] == '_') {
        w += 2;
        n -= 4;
    }
    return n == strlen(want) && memcmp(w, want, n) == 0;
}

/* constructor, __constructor__(101), gnu::destructor, [[__gnu__::destructor]] */
static unsigned attr_from_text(const char *t, size_t i, size_t n) {
    size_t len;
    size_t w = ident_at(t, i, n, &len);
    if (word_is(t + w, len, "gnu") && w + len + 2 <= n && t[w + len] == ':' &&
        t[w + len + 1] == ':')
        w = ident_at(t, w + len + 2, n, &len);
    if (word_is(t + w, len, "constructor"))
        return TL_FUNC_CONSTRUCTOR;
    if (word_is(t + w, len, "destructor"))
        return TL_FUNC_DESTRUCTOR;
    return 0;
}

/* Does the text name an attribute itself (`unused`, `always_inline`), not
 * a macro such as `MEM_STATIC` that libclang 14 points at instead?
 * Attribute names are lower case; only the latter need the costly
 * pretty-printed declaration, which every `static inline` helper of a
 * header-heavy project would otherwise pay for. */
static bool names_attribute(const char *t, size_t i, size_t n) {
    size_t len;
    size_t w = ident_at(t, i, n, &len);
    if (!len)
        return false;
    for (size_t k = w; k < w + len; k++)
        if (t[k] >= 'A' && t[k] <= 'Z')
            return false;
    return true;
}

static enum CXChildVisitResult attr_visitor(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    attr_scan *as = data;
    if (!clang_isAttribute(clang_getCursorKind(c)))
        return CXChildVisit_Continue;
    /* where the attribute is written: inside a macro's body when a macro
     * such as `#define INIT __attribute__((constructor))` wrote it */
    CXSourceLocation at = clang_getRangeStart(clang_getCursorExtent(c));
    CXFile file = NULL;
    unsigned offset = 0;
    clang_getSpellingLocation(at, &file, NULL, NULL, &offset);
    size_t size = 0;
    const char *text = file ? clang_getFileContents(as->lt->cx, file, &size) : NULL;
    unsigned attr = text && offset < size ? attr_from_text(text, offset, size) : 0;
    as->attrs |= attr;
    as->unread = as->unread || (!attr && !(text && offset < size && names_attribute(text, offset, size)));
    return CXChildVisit_Continue;
}

/* `__attribute__((constructor(65535)))`, `[[gnu::destructor(65535)]]` in
 * the declaration as clang prints it (without its body). */
static unsigned attrs_from_printed(CXCursor fn) {
    CXPrintingPolicy policy = clang_getCursorPrintingPolicy(fn);
    clang_PrintingPolicy_setProperty(policy, CXPrintingPolicy_TerseOutput, 1);
    CXString s = clang_getCursorPrettyPrinted(fn, policy);
    const char *t = clang_getCString(s);
    unsigned attrs = 0;
    if (t && (strstr(t, "((constructor(") || strstr(t, "::constructor(")))
        attrs |= TL_FUNC_CONSTRUCTOR;
    if (t && (strstr(t, "((destructor(") || strstr(t, "::destructor(")))
        attrs |= TL_FUNC_DESTRUCTOR;
    clang_disposeString(s);
    clang_PrintingPolicy_dispose(policy);
    return attrs;
}

unsigned lower_func_attrs(lower_tu *lt, CXCursor fn) {
    attr_scan as = {lt, 0, false};
    clang_visitChildren(fn, attr_visitor, &as);
    if (as.unread)
        as.attrs |= attrs_from_printed(fn);
    return as.attrs;
}
