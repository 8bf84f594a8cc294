/* Operator kinds.  libclang 17 (CINDEX 0.64) and later report them; older
 * versions only show the operands, so the operator is read from the source
 * between them.  That fails inside macro bodies, where the operands' ranges
 * collapse onto the invocation; the kind is then LOWER_OP_UNKNOWN and the
 * expression is lowered as opaque arithmetic. */
#include "lower_internal.h"

#include <string.h>

bool lower_op_cmp(lower_op op, tl_cmp *out) {
    switch (op) {
    case LOWER_OP_EQ: *out = TL_CMP_EQ; return true;
    case LOWER_OP_NE: *out = TL_CMP_NE; return true;
    case LOWER_OP_LT: *out = TL_CMP_LT; return true;
    case LOWER_OP_LE: *out = TL_CMP_LE; return true;
    case LOWER_OP_GT: *out = TL_CMP_GT; return true;
    case LOWER_OP_GE: *out = TL_CMP_GE; return true;
    default: return false;
    }
}

bool lower_op_is_logical(lower_op op) {
    tl_cmp cmp;
    return op == LOWER_OP_LAND || op == LOWER_OP_LOR || op == LOWER_OP_LNOT ||
           lower_op_cmp(op, &cmp);
}

#if LOWER_LIBCLANG_OPERATORS

static lower_op from_binary(enum CXBinaryOperatorKind k) {
    switch (k) {
    case CXBinaryOperator_Mul: return LOWER_OP_MUL;
    case CXBinaryOperator_Div: return LOWER_OP_DIV;
    case CXBinaryOperator_Rem: return LOWER_OP_REM;
    case CXBinaryOperator_Add: return LOWER_OP_ADD;
    case CXBinaryOperator_Sub: return LOWER_OP_SUB;
    case CXBinaryOperator_Shl: return LOWER_OP_SHL;
    case CXBinaryOperator_Shr: return LOWER_OP_SHR;
    case CXBinaryOperator_LT: return LOWER_OP_LT;
    case CXBinaryOperator_GT: return LOWER_OP_GT;
    case CXBinaryOperator_LE: return LOWER_OP_LE;
    case CXBinaryOperator_GE: return LOWER_OP_GE;
    case CXBinaryOperator_EQ: return LOWER_OP_EQ;
    case CXBinaryOperator_NE: return LOWER_OP_NE;
    case CXBinaryOperator_And: return LOWER_OP_AND;
    case CXBinaryOperator_Xor: return LOWER_OP_XOR;
    case CXBinaryOperator_Or: return LOWER_OP_OR;
    case CXBinaryOperator_LAnd: return LOWER_OP_LAND;
    case CXBinaryOperator_LOr: return LOWER_OP_LOR;
    case CXBinaryOperator_Assign: return LOWER_OP_ASSIGN;
    case CXBinaryOperator_MulAssign: return LOWER_OP_MUL_ASSIGN;
    case CXBinaryOperator_DivAssign: return LOWER_OP_DIV_ASSIGN;
    case CXBinaryOperator_RemAssign: return LOWER_OP_REM_ASSIGN;
    case CXBinaryOperator_AddAssign: return LOWER_OP_ADD_ASSIGN;
    case CXBinaryOperator_SubAssign: return LOWER_OP_SUB_ASSIGN;
    case CXBinaryOperator_ShlAssign: return LOWER_OP_SHL_ASSIGN;
    case CXBinaryOperator_ShrAssign: return LOWER_OP_SHR_ASSIGN;
    case CXBinaryOperator_AndAssign: return LOWER_OP_AND_ASSIGN;
    case CXBinaryOperator_XorAssign: return LOWER_OP_XOR_ASSIGN;
    case CXBinaryOperator_OrAssign: return LOWER_OP_OR_ASSIGN;
    case CXBinaryOperator_Comma: return LOWER_OP_COMMA;
    default: return LOWER_OP_UNKNOWN;
    }
}

static lower_op from_unary(enum CXUnaryOperatorKind k) {
    switch (k) {
    case CXUnaryOperator_PostInc: return LOWER_OP_POST_INC;
    case CXUnaryOperator_PostDec: return LOWER_OP_POST_DEC;
    case CXUnaryOperator_PreInc: return LOWER_OP_PRE_INC;
    case CXUnaryOperator_PreDec: return LOWER_OP_PRE_DEC;
    case CXUnaryOperator_AddrOf: return LOWER_OP_ADDR_OF;
    case CXUnaryOperator_Deref: return LOWER_OP_DEREF;
    case CXUnaryOperator_Plus: return LOWER_OP_PLUS;
    case CXUnaryOperator_Minus: return LOWER_OP_MINUS;
    case CXUnaryOperator_Not: return LOWER_OP_NOT;
    case CXUnaryOperator_LNot: return LOWER_OP_LNOT;
    case CXUnaryOperator_Real: return LOWER_OP_REAL;
    case CXUnaryOperator_Imag: return LOWER_OP_IMAG;
    case CXUnaryOperator_Extension: return LOWER_OP_EXTENSION;
    default: return LOWER_OP_UNKNOWN;
    }
}

lower_op lower_binop(lower_tu *lt, CXCursor c, CXCursor lhs, CXCursor rhs) {
    (void)lt, (void)lhs, (void)rhs;
    return from_binary(clang_getCursorBinaryOperatorKind(c));
}

lower_op lower_unop(lower_tu *lt, CXCursor c, CXCursor operand) {
    (void)lt, (void)operand;
    return from_unary(clang_getCursorUnaryOperatorKind(c));
}

#else /* operators from the source text */

typedef struct spelled_op {
    const char *text;
    lower_op op;
} spelled_op;

static const spelled_op binary_ops[] = {
    {"*", LOWER_OP_MUL}, {"/", LOWER_OP_DIV}, {"%", LOWER_OP_REM}, {"+", LOWER_OP_ADD},
    {"-", LOWER_OP_SUB}, {"<<", LOWER_OP_SHL}, {">>", LOWER_OP_SHR}, {"<", LOWER_OP_LT},
    {">", LOWER_OP_GT}, {"<=", LOWER_OP_LE}, {">=", LOWER_OP_GE}, {"==", LOWER_OP_EQ},
    {"!=", LOWER_OP_NE}, {"&", LOWER_OP_AND}, {"^", LOWER_OP_XOR}, {"|", LOWER_OP_OR},
    {"&&", LOWER_OP_LAND}, {"||", LOWER_OP_LOR}, {"=", LOWER_OP_ASSIGN},
    {"*=", LOWER_OP_MUL_ASSIGN}, {"/=", LOWER_OP_DIV_ASSIGN}, {"%=", LOWER_OP_REM_ASSIGN},
    {"+=", LOWER_OP_ADD_ASSIGN}, {"-=", LOWER_OP_SUB_ASSIGN}, {"<<=", LOWER_OP_SHL_ASSIGN},
    {">>=", LOWER_OP_SHR_ASSIGN}, {"&=", LOWER_OP_AND_ASSIGN}, {"^=", LOWER_OP_XOR_ASSIGN},
    {"|=", LOWER_OP_OR_ASSIGN}, {",", LOWER_OP_COMMA},
    /* <iso646.h> */
    {"and", LOWER_OP_LAND}, {"or", LOWER_OP_LOR}, {"not_eq", LOWER_OP_NE},
    {"bitand", LOWER_OP_AND}, {"bitor", LOWER_OP_OR}, {"xor", LOWER_OP_XOR},
    {"and_eq", LOWER_OP_AND_ASSIGN}, {"or_eq", LOWER_OP_OR_ASSIGN},
    {"xor_eq", LOWER_OP_XOR_ASSIGN}, {NULL, LOWER_OP_UNKNOWN},
};

/* Prefix spellings; ++ and -- turn into their postfix kinds after an operand. */
static const spelled_op unary_ops[] = {
    {"++", LOWER_OP_PRE_INC}, {"--", LOWER_OP_PRE_DEC}, {"&", LOWER_OP_ADDR_OF},
    {"*", LOWER_OP_DEREF}, {"+", LOWER_OP_PLUS}, {"-", LOWER_OP_MINUS}, {"~", LOWER_OP_NOT},
    {"!", LOWER_OP_LNOT}, {"__real__", LOWER_OP_REAL}, {"__real", LOWER_OP_REAL},
    {"__imag__", LOWER_OP_IMAG}, {"__imag", LOWER_OP_IMAG},
    {"__extension__", LOWER_OP_EXTENSION}, {"compl", LOWER_OP_NOT}, {"not", LOWER_OP_LNOT},
    {NULL, LOWER_OP_UNKNOWN},
};

/* The single operator spelled in [from, to) of one file, blanks and
 * comments around it allowed. */
static lower_op spelled_between(lower_tu *lt, tl_loc from, tl_loc to, const spelled_op *table) {
    if (from.file != to.file || to.offset < from.offset)
        return LOWER_OP_UNKNOWN;
    size_t n = 0;
    const char *s = lower_span(lt, (tl_range){from, to}, &n);
    if (!s)
        return LOWER_OP_UNKNOWN;
    size_t i = tl_src_skip_blank(s, 0, n), j = i;
    while (j < n && tl_src_skip_blank(s, j, n) == j)
        j++;
    if (i == j || tl_src_skip_blank(s, j, n) != n)
        return LOWER_OP_UNKNOWN;
    for (const spelled_op *o = table; o->text; o++)
        if (strlen(o->text) == j - i && memcmp(o->text, s + i, j - i) == 0)
            return o->op;
    return LOWER_OP_UNKNOWN;
}

/* In a macro's body the file shows only the invocation: read the operator
 * just before the right operand in the macro's definition instead. */
static lower_op spelled_in_macro_body(lower_tu *lt, CXCursor rhs) {
    CXSourceLocation at = clang_getRangeStart(clang_getCursorExtent(rhs));
    if (!lower_in_macro_body(at))
        return LOWER_OP_UNKNOWN;
    CXFile f = NULL;
    unsigned off = 0;
    clang_getSpellingLocation(at, &f, NULL, NULL, &off);
    size_t size = 0;
    const char *text = f ? clang_getFileContents(lt->cx, f, &size) : NULL;
    if (!text || off > size)
        return LOWER_OP_UNKNOWN;
    size_t end = off;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' ||
                       text[end - 1] == '\n' || text[end - 1] == '\\'))
        end--;
    size_t begin = end;
    while (begin > 0 && end - begin < 3 && strchr("=!<>&|+-*/%^,", text[begin - 1]))
        begin--;
    for (const spelled_op *s = binary_ops; s->text && begin < end; s++)
        if (strlen(s->text) == end - begin && memcmp(s->text, text + begin, end - begin) == 0)
            return s->op;
    return LOWER_OP_UNKNOWN;
}

lower_op lower_binop(lower_tu *lt, CXCursor c, CXCursor lhs, CXCursor rhs) {
    (void)c;
    tl_range l = lower_extent(lt, lhs), r = lower_extent(lt, rhs);
    lower_op op = spelled_in_macro_body(lt, rhs);
    if (op == LOWER_OP_UNKNOWN)
        op = spelled_between(lt, l.end, r.begin, binary_ops);
    /* `M(a, b)` expanding to `a + b` shows the argument separator between the
     * operands; a real comma operator cannot sit bare in a macro argument. */
    if (op == LOWER_OP_COMMA && lower_in_macro_arg(clang_getRangeEnd(clang_getCursorExtent(lhs))))
        return LOWER_OP_UNKNOWN;
    return op;
}

static bool same_type(CXType a, CXType b) {
    return clang_equalTypes(clang_getCanonicalType(a), clang_getCanonicalType(b)) != 0;
}

/* Inside a macro body the types still tell & and * apart from the rest. */
static lower_op unary_by_type(CXCursor c, CXCursor operand) {
    CXType result = clang_getCursorType(c), arg = clang_getCursorType(operand);
    if (lower_type_is_pointer(result) && same_type(clang_getPointeeType(result), arg))
        return LOWER_OP_ADDR_OF;
    if (lower_type_is_pointer(arg) && same_type(clang_getPointeeType(arg), result))
        return LOWER_OP_DEREF;
    return LOWER_OP_UNKNOWN;
}

static lower_op unary_by_text(lower_tu *lt, CXCursor c, CXCursor operand) {
    tl_range whole = lower_extent(lt, c), inner = lower_extent(lt, operand);
    if (whole.begin.file != inner.begin.file)
        return LOWER_OP_UNKNOWN;
    if (whole.begin.offset < inner.begin.offset)
        return spelled_between(lt, whole.begin, inner.begin, unary_ops);
    lower_op op = spelled_between(lt, inner.end, whole.end, unary_ops);
    if (op == LOWER_OP_PRE_INC)
        return LOWER_OP_POST_INC;
    if (op == LOWER_OP_PRE_DEC)
        return LOWER_OP_POST_DEC;
    return LOWER_OP_UNKNOWN;
}

lower_op lower_unop(lower_tu *lt, CXCursor c, CXCursor operand) {
    lower_op op = unary_by_text(lt, c, operand);
    return op != LOWER_OP_UNKNOWN ? op : unary_by_type(c, operand);
}

#endif
