// Driver, statements and conditions of the clang-AST front end (the
// counterparts of tools/libclang/lower.c, lower_stmt.c and lower_cond.c).  Loops,
// switch, goto and break/continue are just edges; conditions lower straight
// to edges: `!e` swaps the targets, `a && b` and `a || b` get a middle block,
// `?:` lowers each arm as a condition.
#include "lower_internal.h"

#include <cassert>

#include "clang/AST/Attr.h"

using namespace clang;

namespace threadlint {

// ---- blocks ------------------------------------------------------------------------

bool LowerFn::enter() {
    if (tooDeep)
        return false;
    if (depth >= maxDepth) {
        tooDeep = true;
        return false;
    }
    depth++;
    return true;
}

int LowerFn::curBlock() {
    if (cur < 0)
        cur = tl_block_new(f);
    return cur;
}

void LowerFn::jump(int to) {
    if (cur >= 0)
        tl_block_jump(f, cur, to);
    cur = -1;
}

void LowerFn::branch(const tl_cond *c, int t, int fl) {
    tl_block_branch(f, curBlock(), c, t, fl);
    cur = -1;
}

void LowerFn::noreturnHere(tl_loc l) {
    tl_block_noreturn(f, curBlock(), l);
    cur = -1;
}

// ---- conditions --------------------------------------------------------------------

static tl_operand zero() { return tl_opd_const(0, "0"); }

void LowerFn::branchOn(const Expr *tested, tl_operand lhs, tl_cmp op, tl_operand rhs, int t,
                       int fl) {
    tl_range r = ext(tested);
    tl_cond c = {};
    c.lhs = lhs;
    c.rhs = rhs;
    c.op = op;
    c.text = lt.condText(tested);
    c.loc = r.begin;
    branch(&c, t, fl);
}

bool LowerFn::lowerCompare(const Expr *c, const Expr *l, const Expr *r, tl_cmp op,
                           tl_operand *lhs, tl_operand *rhs, bool *known) {
    *lhs = value(l);
    *rhs = value(r);
    if (lhs->kind != TL_OPD_CONST || rhs->kind != TL_OPD_CONST)
        return false;
    long long v;
    *known = evalInt(lt.ctx, c, &v) ? v != 0 : tl_cmp_holds(op, lhs->ival, rhs->ival);
    return true;
}

static const UnaryOperator *lnot(const Expr *c) {
    auto *u = dyn_cast<UnaryOperator>(c);
    return u && u->getOpcode() == UO_LNot ? u : nullptr;
}

// Looks through what does not change truth: parens, conversions, non-void
// casts, __builtin_expect.
static const Expr *truthStrip(const Expr *c) {
    for (;;) {
        c = strip(c);
        const Expr *next = nullptr;
        if (auto *cs = dyn_cast<CStyleCastExpr>(c)) {
            if (!typeIsVoid(cs->getType()))
                next = cs->getSubExpr();
        } else if (auto *call = dyn_cast<CallExpr>(c)) {
            next = expectArg(call);
        }
        if (!next)
            return c;
        c = next;
    }
}

// a && b && c ...: the operands left to right.
static void chainOperands(const Expr *c, BinaryOperatorKind op, std::vector<const Expr *> &out) {
    std::vector<const Expr *> rights;
    for (;;) {
        const BinaryOperator *b = plainBinary(c);
        if (!b || b->getOpcode() != op)
            break;
        rights.push_back(b->getRHS());
        c = b->getLHS();
    }
    out.push_back(c);
    for (int i = (int)rights.size() - 1; i >= 0; i--)
        out.push_back(rights[i]);
}

void LowerFn::condLoop(const Expr *c, int t, int fl) {
    for (;;) {
        if (tooDeep) {
            jump(fl);
            return;
        }
        c = truthStrip(c);
        const BinaryOperator *b = plainBinary(c);
        tl_cmp cmp;
        if (b && (b->getOpcode() == BO_LAnd || b->getOpcode() == BO_LOr)) {
            BinaryOperatorKind op = b->getOpcode();
            std::vector<const Expr *> ops;
            chainOperands(c, op, ops);
            for (size_t i = 0; i + 1 < ops.size() && !tooDeep; i++) {
                int mid = tl_block_new(f);
                if (op == BO_LAnd)
                    cond(ops[i], mid, fl);
                else
                    cond(ops[i], t, mid);
                cur = mid;
            }
            c = ops.back();
            continue;
        }
        if (b && b->getOpcode() == BO_Comma) {
            effect(b->getLHS());
            c = b->getRHS();
            continue;
        }
        if (b && opCmp(b->getOpcode(), &cmp)) {
            tl_operand lhs, rhs;
            bool known;
            if (lowerCompare(c, b->getLHS(), b->getRHS(), cmp, &lhs, &rhs, &known))
                jump(known ? t : fl);
            else
                branchOn(c, lhs, cmp, rhs, t, fl);
            return;
        }
        if (const UnaryOperator *n = lnot(c)) {
            std::swap(t, fl);
            c = n->getSubExpr();
            continue;
        }
        if (auto *co = dyn_cast<ConditionalOperator>(c)) {
            int m1 = tl_block_new(f), m2 = tl_block_new(f);
            cond(co->getCond(), m1, m2);
            cur = m1;
            cond(co->getTrueExpr(), t, fl);
            cur = m2;
            c = co->getFalseExpr();
            continue;
        }
        if (auto *bco = dyn_cast<BinaryConditionalOperator>(c)) { // a ?: b holds when a or b does
            int other = tl_block_new(f);
            cond(bco->getCommon(), t, other);
            cur = other;
            c = bco->getFalseExpr();
            continue;
        }
        // rc, (rc = f()), p->running, pthread_create(...): value != 0
        tl_operand o = value(c);
        if (o.kind == TL_OPD_CONST)
            jump(o.ival ? t : fl);
        else
            branchOn(c, o, TL_CMP_NE, zero(), t, fl);
        return;
    }
}

void LowerFn::cond(const Expr *c, int t, int fl) {
    if (!enter()) {
        jump(fl);
        return;
    }
    condLoop(c, t, fl);
    leave();
}

void LowerFn::setAndJoin(int block, int var, tl_operand v, tl_range at, int join) {
    cur = block;
    assignEvent(tl_place_base(f, var), v, at);
    jump(join);
}

tl_operand LowerFn::condValue(const Expr *c) {
    if (!enter())
        return tl_opd_opaque(nullptr);
    const Expr *s = strip(c);
    const BinaryOperator *b = plainBinary(s);
    tl_cmp cmp;
    const char *txt = textOf(c);
    tl_operand lhs, rhs;
    bool known, isCmp = b && opCmp(b->getOpcode(), &cmp);
    if (isCmp && lowerCompare(s, b->getLHS(), b->getRHS(), cmp, &lhs, &rhs, &known)) {
        leave();
        return tl_opd_const(known, txt);
    }
    if (const UnaryOperator *n = lnot(s)) {
        const Expr *inner = n->getSubExpr();
        tl_operand o = value(inner);
        if (o.kind == TL_OPD_CONST) { // !0
            leave();
            return tl_opd_const(!o.ival, txt);
        }
        int var = synthVar();
        int join = tl_block_new(f), t = tl_block_new(f), fl = tl_block_new(f);
        branchOn(inner, o, TL_CMP_NE, zero(), fl, t);
        setAndJoin(t, var, tl_opd_const(1, nullptr), ext(c), join);
        setAndJoin(fl, var, tl_opd_const(0, nullptr), ext(c), join);
        cur = join;
        leave();
        return tl_opd_place(tl_place_base(f, var), txt);
    }
    int var = synthVar();
    int join = tl_block_new(f);
    if (auto *co = dyn_cast<ConditionalOperator>(s)) {
        int m1 = tl_block_new(f), m2 = tl_block_new(f);
        cond(co->getCond(), m1, m2);
        cur = m1;
        tl_operand a = value(co->getTrueExpr());
        setAndJoin(curBlock(), var, a, ext(co->getTrueExpr()), join);
        cur = m2;
        tl_operand bb = value(co->getFalseExpr());
        setAndJoin(curBlock(), var, bb, ext(co->getFalseExpr()), join);
    } else {
        int t = tl_block_new(f), fl = tl_block_new(f);
        if (isCmp) // operands already lowered
            branchOn(s, lhs, cmp, rhs, t, fl);
        else
            cond(s, t, fl);
        setAndJoin(t, var, tl_opd_const(1, nullptr), ext(c), join);
        setAndJoin(fl, var, tl_opd_const(0, nullptr), ext(c), join);
    }
    cur = join;
    leave();
    return tl_opd_place(tl_place_base(f, var), txt);
}

// &&, || and ?: whose value is discarded: arms become plain control flow.
void LowerFn::condEffect(const Expr *c, BinaryOperatorKind op, bool logical) {
    int join = tl_block_new(f);
    const BinaryOperator *b = logical ? plainBinary(c) : nullptr;
    if (b && b->getOpcode() == op) {
        int mid = tl_block_new(f);
        if (op == BO_LAnd)
            cond(b->getLHS(), mid, join); // a && f(): f() runs when a holds
        else
            cond(b->getLHS(), join, mid);
        cur = mid;
        effect(b->getRHS());
    } else if (auto *co = dyn_cast<ConditionalOperator>(c)) {
        int m1 = tl_block_new(f), m2 = tl_block_new(f);
        cond(co->getCond(), m1, m2);
        cur = m1;
        effect(co->getTrueExpr());
        jump(join);
        cur = m2;
        effect(co->getFalseExpr());
    } else {
        for (const Stmt *k : c->children())
            if (auto *e = dyn_cast_or_null<Expr>(k))
                effect(e);
    }
    jump(join);
    cur = join;
}

tl_operand LowerFn::elvis(const BinaryConditionalOperator *c, bool used) {
    const Expr *common = c->getCommon(), *other = c->getFalseExpr();
    tl_operand a = value(common);
    if (a.kind == TL_OPD_CONST)
        return a.ival ? a : expr(other, used);
    int join = tl_block_new(f), t = tl_block_new(f), fl = tl_block_new(f);
    branchOn(common, a, TL_CMP_NE, zero(), t, fl);
    if (!used) {
        cur = t;
        jump(join);
        cur = fl;
        effect(other);
        jump(join);
        cur = join;
        return tl_opd_none();
    }
    int var = synthVar();
    setAndJoin(t, var, a, ext(common), join);
    cur = fl;
    tl_operand bv = value(other);
    setAndJoin(curBlock(), var, bv, ext(other), join);
    cur = join;
    return tl_opd_place(tl_place_base(f, var), textOf(c));
}

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

void LowerFn::compound(const CompoundStmt *c, tl_operand *value) {
    tl_range saved = scope;
    scope = ext(c);
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
        cond(condE, thenB, elseB);
        cur = thenB;
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
        lowerStmt(other, false);
        jump(after);
        break;
    }
    jump(after);
    cur = after;
}

// Break (and continue) inside statement c, spelled `keyword` when the user
// wrote it, land in `block`.
JumpTarget LowerFn::target(const Stmt *c, const char *keyword, int block) {
    tl_range r = ext(c);
    return JumpTarget{block, r.begin, !lt.spelledWith(r, keyword)};
}

void LowerFn::pushLoop(const Stmt *c, const char *keyword, int brk, int cont) {
    breaks.push_back(target(c, keyword, brk));
    continues.push_back(target(c, keyword, cont));
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
    pushLoop(c, "while", after, head);
    cur = bodyB;
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
    int after = newBlock();
    if (isLiteralZero(lt.ctx, condE)) {
        pushLoop(c, "do", after, after);
        lowerStmt(body, false);
        popLoop();
        jump(after);
        cur = after;
        return;
    }
    int bodyB = newBlock(), condB = newBlock();
    jump(bodyB);
    pushLoop(c, "do", after, condB);
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
    pushLoop(c, "for", after, next);
    cur = bodyB;
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
    breaks.push_back(target(c, "switch", after));
    switches.push_back(sw);
    switchHasDefault.push_back(0);
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
void LowerFn::jumpEvent(const Stmt *c, tl_jump_kind kind, tl_loc to, bool intoMacro) {
    setStmt(c, false, true);
    tl_event *e = event(TL_EV_JUMP, ext(c));
    e->jump = kind;
    e->jump_target = to;
    e->jump_flags = intoMacro ? TL_JUMP_INTO_MACRO_LOOP : 0;
}

void LowerFn::gotoStmt(const GotoStmt *c) {
    if (const LabelStmt *label = c->getLabel()->getStmt())
        jumpEvent(c, TL_JUMP_GOTO, ext(label).begin, false);
    jump(labelBlock(c->getLabel()->getName()));
}

// break/continue: a user-written one that binds to a loop a macro wrote
// (`do { ... } while (0)` hidden in it) is flagged.
void LowerFn::jumpTo(const Stmt *c, tl_jump_kind kind, const std::vector<JumpTarget> &targets) {
    if (targets.empty())
        return;
    const JumpTarget &t = targets.back();
    bool written = lt.spelledWith(ext(c), kind == TL_JUMP_BREAK ? "break" : "continue");
    jumpEvent(c, kind, t.at, t.fromMacro && written);
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
        gotoStmt(cast<GotoStmt>(c));
        break;
    case Stmt::IndirectGotoStmtClass: // goto *p: we cannot follow it
        setStmt(c, inCompound, true);
        otherStmt(c, false);
        noreturnHere(ext(c).begin);
        break;
    case Stmt::BreakStmtClass:
        jumpTo(c, TL_JUMP_BREAK, breaks);
        break;
    case Stmt::ContinueStmtClass:
        jumpTo(c, TL_JUMP_CONTINUE, continues);
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

// ---- the driver -------------------------------------------------------------------------

int LowerTU::definition(const FunctionDecl *fn) {
    auto it = defIndex.find(fn->getCanonicalDecl());
    return it == defIndex.end() ? -1 : it->second;
}

void LowerTU::want(const FunctionDecl *fn) {
    int i = definition(fn);
    if (i < 0 || defState[i] || !defUseful[i])
        return;
    defState[i] = 1;
    queue.push_back(i);
}

void LowerTU::wantAlways(const FunctionDecl *fn) {
    int i = definition(fn);
    if (i >= 0)
        defUseful[i] = 1;
    want(fn);
}

// When the function runs, as its declaration (or an earlier one) says.
static unsigned funcAttrs(const FunctionDecl *fn) {
    unsigned attrs = 0;
    if (fn->hasAttr<ConstructorAttr>())
        attrs |= TL_FUNC_CONSTRUCTOR;
    if (fn->hasAttr<DestructorAttr>())
        attrs |= TL_FUNC_DESTRUCTOR;
    return attrs;
}

// Too deep to lower safely: keep the function (callers see it as defined)
// but let no path through it count.
static void abandon(tl_tu *tu, tl_func *f, int index) {
    tu->report[index] = false;
    tl_block *entry = &f->blocks[f->entry];
    entry->nevents = 0;
    entry->ncases = 0;
    entry->succ[0] = entry->succ[1] = -1;
    tl_block_noreturn(f, f->entry, f->loc);
}

void LowerTU::lowerFunction(const FunctionDecl *fn, LowerStats &stats) {
    auto *body = dyn_cast_or_null<CompoundStmt>(fn->getBody());
    if (!body)
        return;
    tl_loc l = loc(fn->getLocation());
    bool report = fileReported(l.file);
    std::string name = fn->getNameAsString();
    tl_func *f = tl_func_new(tu, tl_arena_strdup(&tu->arena, name.c_str()), report);
    int index = tu->nfuncs - 1;
    f->loc = l;
    f->body = extent(body->getSourceRange());
    f->returns_void = typeIsVoid(fn->getReturnType());
    f->attrs = funcAttrs(fn);

    LowerFn lf(*this, f);
    lf.cur = f->entry;
    lf.maxDepth = maxDepth > 0 ? maxDepth : 256;
    lf.scope = f->body;
    lf.stmt.range = f->body;
    lf.params(fn);
    lf.compound(body, nullptr);

    if (lf.cur >= 0 && !lf.tooDeep) { // control falls off the closing brace
        tl_loc brace = f->body.end;
        if (brace.offset > 0 && brace.col > 1) {
            brace.offset--;
            brace.col--;
        }
        tl_block_return(f, lf.cur, nullptr, brace, tl_range{brace, brace},
                        TL_RET_IMPLICIT | TL_STMT_IN_COMPOUND);
        lf.cur = -1;
    }
    if (lf.tooDeep)
        abandon(tu, f, index);
    // every block must end in a terminator; only broken code leaves one open
    for (int i = 0; i < f->nblocks; i++)
        if (f->blocks[i].term == TL_TERM_NONE)
            tl_block_noreturn(f, i, f->loc);
    stats.functions++;
    stats.skippedTooDeep += lf.tooDeep;
}

LowerStats lowerTranslationUnit(ASTContext &ctx, tl_tu *out, std::vector<FileID> *files,
                                const LowerOptions &opts) {
    LowerStats stats;
    LowerTU lt(ctx, out, opts.maxDepth);
    lt.wrappers = opts.wrappers;
    lt.nwrappers = opts.nwrappers;
    lt.headerFilter = opts.headerFilter;
    for (const Decl *d : ctx.getTranslationUnitDecl()->decls()) {
        auto *fn = dyn_cast<FunctionDecl>(d);
        if (fn && fn->isThisDeclarationADefinition() && fn->getBody())
            lt.defs.push_back(fn);
    }
    size_t n = lt.defs.size();
    lt.defState.assign(n, 0);
    lt.defUseful.assign(n, 0);
    std::vector<char> needed(n, 0);
    lt.select(needed, lt.defUseful);
    for (size_t i = 0; i < n; i++) {
        lt.defIndex[lt.defs[i]->getCanonicalDecl()] = (int)i;
        tl_loc at = lt.loc(lt.defs[i]->getLocation());
        // constructors and destructors run without a caller: a rule may
        // need what one does even when it uses no modelled API
        needed[i] = needed[i] || funcAttrs(lt.defs[i]);
        lt.defState[i] = needed[i] && lt.fileReported(at.file);
        lt.defUseful[i] = lt.defUseful[i] || needed[i];
    }
    // reported functions in source order, then the helpers they reach
    for (size_t i = 0; i < n; i++)
        if (lt.defState[i])
            lt.lowerFunction(lt.defs[i], stats);
    for (size_t q = 0; q < lt.queue.size(); q++)
        lt.lowerFunction(lt.defs[lt.queue[q]], stats);
    if (files)
        *files = lt.fids;
    return stats;
}

} // namespace threadlint
