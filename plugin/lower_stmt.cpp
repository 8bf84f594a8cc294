// Statements: the CFG (the twin of tools/libclang/lower_stmt.c).  Loops,
// switch, goto and break/continue are just edges.
#include "lower_internal.h"

using namespace clang;

namespace threadlint {

// ---- statements -----------------------------------------------------------------------

void LowerFn::setStmt(const Stmt *c, bool inCompound, bool semicolon) {
    tl_range r = ext(c);
    stmt.range = semicolon ? lt.withSemicolon(r) : r;
    stmt.inCompound = inCompound;
}

int LowerFn::loopHead() {
    if (cur >= 0 && cur != f->entry && f->blocks[cur].nevents == 0)
        return cur;
    int head = newBlock();
    jump(head);
    cur = head;
    return head;
}

// Looks through parentheses, conversions and casts to void.
static const Expr *discardedExpr(const Expr *c) {
    for (;;) {
        c = strip(c);
        auto *cs = dyn_cast<CStyleCastExpr>(c);
        if (!cs || !typeIsVoid(cs->getType()))
            return c;
        c = cs->getSubExpr();
    }
}

void LowerFn::exprStmt(const Expr *c, bool inCompound) {
    setStmt(c, inCompound, true);
    const Expr *e = discardedExpr(c);
    if (auto *call = dyn_cast<CallExpr>(e))
        this->call(call, false, true);
    else
        effect(c);
}

void LowerFn::varDecl(const VarDecl *d, tl_range declRange) {
    int var = varOfDecl(d, scope);
    if (f->vars[var].kind == TL_VAR_GLOBAL)
        return; // static and extern locals are not initialised here
    if (const Expr *init = d->getInit()) {
        varInit(var, init, declRange);
        return;
    }
    if (const VariableArrayType *vat = lt.ctx.getAsVariableArrayType(d->getType()))
        if (const Expr *size = vat->getSizeExpr()) // int a[n()]: the bound is evaluated
            effect(size);
}

void LowerFn::declStmt(const DeclStmt *c, bool inCompound) {
    bool first = true;
    for (const Decl *d : c->decls()) {
        bool isFirst = first;
        first = false;
        if (tooDeep)
            break;
        auto *vd = dyn_cast<VarDecl>(d);
        if (!vd)
            continue;
        setStmt(c, inCompound, true);
        // libclang: a later declarator of a group starts at its name
        SourceRange r = vd->getSourceRange();
        if (!isFirst)
            r.setBegin(vd->getLocation());
        varDecl(vd, lt.extent(r));
    }
}

// Braces the user wrote open a block as written (tl_func_add_scope).
bool LowerFn::writtenBraces(tl_range r) {
    size_t n = 0;
    const char *s = lt.span(r, &n);
    return tl_src_opens_brace(s, n);
}

// The body of a control statement the user wrote (spelled `keyword`) is a
// block as written even without braces: `if (m) pthread_cleanup_pop(1);`
// puts the pop in a block of its own.  Written braces record themselves.
void LowerFn::bodyScope(const Stmt *c, const char *keyword, const Stmt *body) {
    tl_range r = ext(body);
    if (!writtenBraces(r) && lt.spelledWith(ext(c), keyword))
        tl_func_add_scope(f, r);
}

void LowerFn::compound(const CompoundStmt *c, tl_operand *value) {
    tl_range saved = scope;
    scope = ext(c);
    if (writtenBraces(scope))
        tl_func_add_scope(f, scope);
    unsigned n = c->size(), i = 0;
    for (const Stmt *s : c->body()) {
        if (tooDeep)
            break;
        bool last = ++i == n;
        if (value && last && isa<Expr>(s)) {
            setStmt(s, true, true);
            *value = this->value(cast<Expr>(s));
        } else {
            lowerStmt(s, true);
        }
    }
    scope = saved;
}

void LowerFn::ifStmt(const IfStmt *c, bool inCompound) {
    int after = newBlock();
    for (;;) { // one round per `else if`
        const Expr *condE = c->getCond();
        const Stmt *then = c->getThen(), *other = c->getElse();
        if (!condE || !then)
            break;
        bool hasElse = other != nullptr;
        int thenB = newBlock(), elseB = hasElse ? newBlock() : after;
        setStmt(c, inCompound, false);
        int at = curBlock(), nblocks = f->nblocks;
        cond(condE, thenB, elseB);
        if (!hasElse) {
            tl_range r = lt.extent(c->getSourceRange());
            if (lt.spelledWith(r, "if"))
                tl_block_mark_if(f, at, nblocks, thenB, elseB, r.begin);
        }
        cur = thenB;
        bodyScope(c, "if", then);
        lowerStmt(then, false);
        jump(after);
        if (!hasElse)
            break;
        cur = elseB;
        if (auto *elif = dyn_cast<IfStmt>(other); elif && !tooDeep) {
            c = elif;
            inCompound = false;
            continue;
        }
        bodyScope(c, "if", other);
        lowerStmt(other, false);
        jump(after);
        break;
    }
    jump(after);
    cur = after;
}

// Break (and continue) inside statement c, spelled `keyword` when the user
// wrote it, land in `block`.  A loop is hidden in a macro when the macro
// invocation that wrote it wrote its body's start too (`do {` of
// pthread_cleanup_push); a foreach macro's loop runs a body the user
// wrote, and breaking out of it is meant.
JumpTarget LowerFn::target(const Stmt *c, const char *keyword, const Stmt *body, int block) {
    tl_range r = ext(c);
    bool hidden = !lt.spelledWith(r, keyword) && tl_loc_same(ext(body).begin, r.begin);
    return JumpTarget{block, r.begin, hidden};
}

void LowerFn::pushLoop(const Stmt *c, const char *keyword, const Stmt *body, int brk, int cont) {
    breaks.push_back(target(c, keyword, body, brk));
    continues.push_back(target(c, keyword, body, cont));
}

void LowerFn::popLoop() {
    breaks.pop_back();
    continues.pop_back();
}

void LowerFn::whileStmt(const WhileStmt *c, bool inCompound) {
    const Expr *condE = c->getCond();
    const Stmt *body = c->getBody();
    if (!condE || !body)
        return;
    int head = loopHead(), bodyB = newBlock(), after = newBlock();
    setStmt(c, inCompound, false);
    cond(condE, bodyB, after);
    pushLoop(c, "while", body, after, head);
    cur = bodyB;
    bodyScope(c, "while", body);
    lowerStmt(body, false);
    jump(head);
    popLoop();
    cur = after;
}

static bool isLiteralZero(ASTContext &ctx, const Expr *c) {
    long long v;
    c = strip(c);
    return isa<IntegerLiteral>(c) && evalInt(ctx, c, &v) && v == 0;
}

// do { } while (0), the macro idiom, runs its body once: no loop at all.
void LowerFn::doStmt(const DoStmt *c, bool inCompound) {
    const Stmt *body = c->getBody();
    const Expr *condE = c->getCond();
    if (!body || !condE)
        return;
    bodyScope(c, "do", body);
    int after = newBlock();
    if (isLiteralZero(lt.ctx, condE)) {
        pushLoop(c, "do", body, after, after);
        lowerStmt(body, false);
        popLoop();
        jump(after);
        cur = after;
        return;
    }
    int bodyB = newBlock(), condB = newBlock();
    jump(bodyB);
    pushLoop(c, "do", body, after, condB);
    cur = bodyB;
    lowerStmt(body, false);
    jump(condB);
    popLoop();
    cur = condB;
    setStmt(c, inCompound, true);
    cond(condE, bodyB, after);
    cur = after;
}

void LowerFn::forStmt(const ForStmt *c, bool inCompound) {
    const Stmt *init = c->getInit(), *body = c->getBody();
    const Expr *condE = c->getCond(), *inc = c->getInc();
    if (!body)
        return;
    tl_range saved = scope;
    scope = ext(c); // where a for-init variable is visible
    setStmt(c, inCompound, false);
    if (init) {
        if (isa<DeclStmt>(init))
            lowerStmt(init, false);
        else if (auto *e = dyn_cast<Expr>(init))
            effect(e);
    }
    int head = loopHead(), bodyB = newBlock(), after = newBlock();
    int next = inc ? newBlock() : head; // continue
    if (condE) {
        setStmt(c, inCompound, false);
        cond(condE, bodyB, after);
    } else {
        jump(bodyB); // for (;;)
    }
    pushLoop(c, "for", body, after, next);
    cur = bodyB;
    bodyScope(c, "for", body);
    lowerStmt(body, false);
    jump(next);
    popLoop();
    if (next != head) {
        cur = next;
        setStmt(c, inCompound, false);
        effect(inc);
        jump(head);
    }
    cur = after;
    scope = saved;
}

void LowerFn::switchStmt(const SwitchStmt *c, bool inCompound) {
    const Expr *condE = c->getCond();
    const Stmt *body = c->getBody();
    if (!condE || !body)
        return;
    setStmt(c, inCompound, false);
    tl_operand scrutinee = value(condE);
    int sw = curBlock();
    tl_block_switch(f, sw, &scrutinee, textOf(condE));
    f->blocks[sw].term_loc = ext(condE).begin; // for path notes
    cur = -1; // code before the first label is unreachable
    int after = newBlock();
    breaks.push_back(target(c, "switch", body, after));
    switches.push_back(sw);
    switchHasDefault.push_back(0);
    bodyScope(c, "switch", body);
    lowerStmt(body, false);
    jump(after);
    bool hasDefault = switchHasDefault.back() > 0;
    breaks.pop_back();
    switches.pop_back();
    switchHasDefault.pop_back();
    if (!hasDefault)
        f->blocks[sw].default_succ = after;
    cur = after;
}

int LowerFn::labelBlock(llvm::StringRef name) {
    for (auto &l : labels)
        if (l.first == name)
            return l.second;
    int b = newBlock();
    labels.emplace_back(name.str(), b);
    return b;
}

void LowerFn::openLabel(int block) {
    jump(block);
    cur = block;
}

static long long caseValue(ASTContext &ctx, const Expr *e) {
    long long v;
    return e && evalInt(ctx, e, &v) ? v : 0; // broken code: keep the block reachable
}

// `case 1: case 2: out: stmt` nests each label in the previous one.
void LowerFn::labelsStmt(const Stmt *c) {
    for (;;) {
        const Stmt *sub = nullptr;
        int sw = switches.empty() ? -1 : switches.back();
        if (auto *cs = dyn_cast<CaseStmt>(c)) {
            sub = cs->getSubStmt();
            long long lo = caseValue(lt.ctx, cs->getLHS());
            long long hi = cs->getRHS() ? caseValue(lt.ctx, cs->getRHS()) : lo; // case lo ... hi:
            int b = newBlock();
            openLabel(b);
            if (sw >= 0)
                tl_block_add_case(f, sw, lo, hi, b);
        } else if (auto *ds = dyn_cast<DefaultStmt>(c)) {
            sub = ds->getSubStmt();
            int b = newBlock();
            openLabel(b);
            if (sw >= 0) {
                f->blocks[sw].default_succ = b;
                switchHasDefault.back() = 1;
            }
        } else if (auto *ls = dyn_cast<LabelStmt>(c)) {
            sub = ls->getSubStmt();
            openLabel(labelBlock(ls->getName()));
        }
        if (!sub)
            return;
        if (!isa<CaseStmt>(sub) && !isa<DefaultStmt>(sub) && !isa<LabelStmt>(sub)) {
            lowerStmt(sub, false);
            return;
        }
        c = sub;
    }
}

// The JUMP event before a written break/continue/goto: where it lands, so
// the core knows which scopes it leaves.
void LowerFn::jumpEvent(const Stmt *c, tl_jump_kind kind, tl_loc to, bool intoMacro,
                        bool inCompound) {
    static const char *const keyword[] = {"break", "continue", "goto"};
    setStmt(c, inCompound, true);
    tl_event *e = event(TL_EV_JUMP, ext(c));
    if (!lt.spelledWith(ext(c), keyword[kind]))
        e->stmt_flags = TL_STMT_IN_MACRO; // a macro wrote it: no fix-it goes there
    e->jump = kind;
    e->jump_target = to;
    e->jump_flags = intoMacro ? TL_JUMP_INTO_MACRO_LOOP : 0;
}

void LowerFn::gotoStmt(const GotoStmt *c, bool inCompound) {
    if (const LabelStmt *label = c->getLabel()->getStmt())
        jumpEvent(c, TL_JUMP_GOTO, ext(label).begin, false, inCompound);
    jump(labelBlock(c->getLabel()->getName()));
}

// break/continue: a user-written one that binds to a loop a macro wrote
// (`do { ... } while (0)` hidden in it) is flagged.
void LowerFn::jumpTo(const Stmt *c, tl_jump_kind kind, const std::vector<JumpTarget> &targets,
                     bool inCompound) {
    if (targets.empty())
        return;
    const JumpTarget &t = targets.back();
    bool written = lt.spelledWith(ext(c), kind == TL_JUMP_BREAK ? "break" : "continue");
    jumpEvent(c, kind, t.at, t.fromMacro && written, inCompound);
    jump(t.block);
}

void LowerFn::returnStmt(const ReturnStmt *c, bool inCompound) {
    setStmt(c, inCompound, true);
    const Expr *rv = c->getRetValue();
    tl_operand v = rv ? value(rv) : tl_opd_none();
    // a return from a macro body is no place for a fix-it
    bool spelled = lt.spelledWith(stmt.range, "return");
    tl_block_return(f, curBlock(), rv ? &v : nullptr, stmt.range.begin, stmt.range,
                    !spelled ? TL_STMT_IN_MACRO : inCompound ? TL_STMT_IN_COMPOUND : 0);
    cur = -1;
}

// asm, attributed statements, anything unknown: lower what is inside.
void LowerFn::otherStmt(const Stmt *c, bool asmStmt) {
    for (const Stmt *k : c->children()) {
        if (tooDeep)
            break;
        if (!k)
            continue;
        auto *e = dyn_cast<Expr>(k);
        if (!e) {
            lowerStmt(k, false);
            continue;
        }
        tl_operand o = value(e);
        if (o.kind == TL_OPD_ADDR || (asmStmt && o.kind == TL_OPD_PLACE))
            escape(o.place, ext(e)); // asm may do anything with it
    }
}

void LowerFn::stmtDispatch(const Stmt *c, bool inCompound) {
    if (auto *e = dyn_cast<Expr>(c)) {
        exprStmt(e, inCompound);
        return;
    }
    switch (c->getStmtClass()) {
    case Stmt::CompoundStmtClass:
        compound(cast<CompoundStmt>(c), nullptr);
        break;
    case Stmt::DeclStmtClass:
        declStmt(cast<DeclStmt>(c), inCompound);
        break;
    case Stmt::IfStmtClass:
        ifStmt(cast<IfStmt>(c), inCompound);
        break;
    case Stmt::WhileStmtClass:
        whileStmt(cast<WhileStmt>(c), inCompound);
        break;
    case Stmt::DoStmtClass:
        doStmt(cast<DoStmt>(c), inCompound);
        break;
    case Stmt::ForStmtClass:
        forStmt(cast<ForStmt>(c), inCompound);
        break;
    case Stmt::SwitchStmtClass:
        switchStmt(cast<SwitchStmt>(c), inCompound);
        break;
    case Stmt::CaseStmtClass:
    case Stmt::DefaultStmtClass:
    case Stmt::LabelStmtClass:
        labelsStmt(c);
        break;
    case Stmt::GotoStmtClass:
        gotoStmt(cast<GotoStmt>(c), inCompound);
        break;
    case Stmt::IndirectGotoStmtClass: // goto *p: we cannot follow it
        setStmt(c, inCompound, true);
        otherStmt(c, false);
        noreturnHere(ext(c).begin);
        break;
    case Stmt::BreakStmtClass:
        jumpTo(c, TL_JUMP_BREAK, breaks, inCompound);
        break;
    case Stmt::ContinueStmtClass:
        jumpTo(c, TL_JUMP_CONTINUE, continues, inCompound);
        break;
    case Stmt::ReturnStmtClass:
        returnStmt(cast<ReturnStmt>(c), inCompound);
        break;
    case Stmt::NullStmtClass:
        break;
    case Stmt::GCCAsmStmtClass:
    case Stmt::MSAsmStmtClass:
        setStmt(c, inCompound, true);
        otherStmt(c, true);
        break;
    default:
        otherStmt(c, false);
        break;
    }
}

void LowerFn::lowerStmt(const Stmt *c, bool inCompound) {
    if (!enter())
        return;
    stmtDispatch(c, inCompound);
    leave();
}

} // namespace threadlint
