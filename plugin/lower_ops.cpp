// Operator kinds (the twin of tools/libclang/lower_ops.c).  clang's AST
// gives every operator's kind, so nothing is read from the source here.
#include "lower_internal.h"

using namespace clang;

namespace threadlint {

bool opCmp(BinaryOperatorKind op, tl_cmp *out) {
    switch (op) {
    case BO_EQ: *out = TL_CMP_EQ; return true;
    case BO_NE: *out = TL_CMP_NE; return true;
    case BO_LT: *out = TL_CMP_LT; return true;
    case BO_LE: *out = TL_CMP_LE; return true;
    case BO_GT: *out = TL_CMP_GT; return true;
    case BO_GE: *out = TL_CMP_GE; return true;
    default: return false;
    }
}

const BinaryOperator *plainBinary(const Expr *e) {
    e = skipConstant(e);
    if (!e || isa<CompoundAssignOperator>(e))
        return nullptr;
    return dyn_cast<BinaryOperator>(e);
}

} // namespace threadlint
