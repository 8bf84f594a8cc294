// Calls: the CALL event with its operands and statement context, and the
// end of the block after a callee that never returns (the twin of
// tools/libclang/lower_call.c).
#include "lower_internal.h"

#include "lifecycle.h"

using namespace clang;

namespace threadlint {

const FunctionDecl *directCallee(const CallExpr *call) {
    const Expr *s = strip(call->getCallee());
    if (auto *dre = dyn_cast<DeclRefExpr>(s))
        return dyn_cast<FunctionDecl>(dre->getDecl());
    return nullptr;
}

static bool isExpect(llvm::StringRef name) {
    return name == "__builtin_expect" || name == "__builtin_expect_with_probability";
}

const Expr *expectArg(const CallExpr *call) {
    if (call->getNumArgs() < 1)
        return nullptr;
    const FunctionDecl *fn = directCallee(call);
    if (fn && fn->getDeclName().isIdentifier() && isExpect(fn->getName()))
        return call->getArg(0);
    return nullptr;
}

// ---- calls ------------------------------------------------------------------------------

bool LowerFn::neverReturns(const FunctionDecl *fn, const char *name) {
    if (tl_tu_is_noreturn(lt.tu, name))
        return true;
    const FunctionDecl *canon = fn->getCanonicalDecl();
    auto it = lt.noreturn.find(canon);
    if (it != lt.noreturn.end())
        return it->second;
    bool nr = fn->isNoReturn();
    lt.noreturn[canon] = nr;
    if (nr)
        tl_tu_add_noreturn(lt.tu, name);
    return nr;
}

tl_operand LowerFn::call(const CallExpr *c, bool used, bool wholeStmt) {
    const FunctionDecl *fn = directCallee(c);
    const char *name = nullptr;
    tl_callee_kind kind = TL_CALLEE_INDIRECT;
    if (fn) {
        name = declName(f->arena, fn);
        kind = lt.definition(fn) < 0 ? TL_CALLEE_EXTERNAL : TL_CALLEE_DEFINED;
        lt.want(fn);
    } else {
        value(c->getCallee()); // get_ops()->start(...)
    }
    unsigned nargs = c->getNumArgs();
    if (name && isExpect(name) && nargs >= 1) { // likely(e): just e
        tl_operand o = expr(skipConstant(c->getArg(0)), used);
        for (unsigned i = 1; i < nargs; i++)
            effect(c->getArg(i));
        return o;
    }
    tl_operand *args =
        nargs ? (tl_operand *)tl_arena_alloc(f->arena, sizeof *args * (size_t)nargs) : nullptr;
    for (unsigned i = 0; i < nargs; i++)
        args[i] = value(skipConstant(c->getArg(i)));
    if (name && nargs > 0 && tl_is_exit_registrar(name)) { // atexit(fini)
        if (auto *dre = dyn_cast<DeclRefExpr>(strip(c->getArg(0))))
            if (auto *fini = dyn_cast<FunctionDecl>(dre->getDecl()))
                lt.wantAlways(fini);
    }

    tl_event *e = event(TL_EV_CALL, ext(c));
    e->callee = name;
    e->callee_kind = kind;
    e->nargs = (int)nargs;
    e->args = args;
    if (!typeIsVoid(c->getType()))
        e->result_temp = f->ntemps++;
    if (wholeStmt)
        e->stmt_flags |= TL_STMT_IS_EXPR_STMT;
    if (name && !lt.spelledWith(e->range, name)) {
        e->stmt_flags &= ~(unsigned)(TL_STMT_IS_EXPR_STMT | TL_STMT_IN_COMPOUND);
        e->stmt_flags |= TL_STMT_IN_MACRO;
    }
    if (used)
        e->stmt_flags |= TL_STMT_RESULT_USED;
    tl_operand result =
        e->result_temp >= 0 ? tl_opd_temp(e->result_temp, name, e->text) : tl_opd_none();
    tl_loc l = e->loc;
    if (name && neverReturns(fn, name))
        noreturnHere(l);
    return result;
}

} // namespace threadlint
