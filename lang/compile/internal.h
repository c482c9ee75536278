// lang/compile/internal.h — the code generator's classes, shared by lang/compile/*.cpp.
//
// ModuleCompiler holds what is per program (function indexes, globals, constants, natives,
// type descriptors); FnCompiler compiles one function body (compile.h's design comment).
// Files: compile.cpp (module, functions, registers, emission, package init), expr.cpp
// (constants, operators, conditions, interface conversions), access.cpp (places, fields,
// indexing, slicing, composite literals), call.cpp (calls, builtins, conversions, print),
// stmt.cpp (statements, tuple assignment, switch, loop constants), range.cpp (for-range),
// rttypes.cpp (type descriptors), goroutine.cpp (go, channels, select), iface.cpp (non-empty
// interfaces: itabs, wrappers, method tables, assertions, type switches), closure.cpp (func
// literals), methodval.cpp (method values and expressions), defer.cpp (defer, recover, call
// thunks), order.cpp (gc's order of calls and reads within a statement).
#pragma once

#include "lang/compile/compile.h"
#include "lang/compile/rttypes.h"
#include "lang/types/object.h"
#include "lang/types/package.h"
#include "vm/frame.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace vitro::lang::codegen {

using types::Type;
using vm::Op;

inline constexpr int kMaxSlots = 256;

class ModuleCompiler {
public:
    ModuleCompiler(types::Package* pkg, const support::SourceFile& file, support::Diagnostics& diags);
    std::unique_ptr<vm::Module> run();

    uint32_t native(const std::string& name, Pos pos);
    uint32_t string_const(std::string_view s);
    uint32_t int_const(uint64_t v);
    // The byte offset of a package-level variable (main's or an imported package's).
    uint64_t global(const types::Var* v);
    void unsupported(Pos pos, std::string_view what);
    void error(Pos pos, std::string message);
    std::string func_name(const types::Func* f) const;
    std::string native_name(const types::Func* f) const;
    vm::Function* new_function();

    std::unique_ptr<vm::Module> module;
    TypeTable types;
    support::Diagnostics& diags;
    types::Package* pkg;
    bool failed = false;
    bool uses_recover = false; // add_runtime_error_types (defer.cpp)
    void add_runtime_error_types();
    bool go122 = false; // `// vitro:go1.22` first line: per-iteration loop variables
    std::unordered_map<const types::Func*, uint32_t> func_index;
    std::unordered_map<const FuncLit*, const types::FunctionBody*> lit_bodies; // closure.cpp
    std::unordered_map<std::string, uint32_t> wrappers; // method values etc. (closure.cpp)
    std::vector<std::unique_ptr<types::Var>> synth_vars; // deferred built-ins' operands (defer.cpp)
    std::vector<std::unique_ptr<Name>> synth_names;

    // ---- non-empty interfaces (iface.cpp) ----
    // The static itab of (concrete, iface): its index in Module::itabs.
    uint32_t itab_index(const Type* concrete, const Type* iface, Pos pos);
    uint32_t native_method_ref(const std::string& name, Pos pos); // an optional NativeRef
    // The function an itab calls for method `name` of `concrete` (receiver = data word).
    vm::ItabEntry itab_entry(const Type* concrete, std::string_view name, Pos pos);
    // Whether itabs may be built at run time: always, because besides CONVI2I and assertions the
    // standard library builds them (fmt.Errorf with %w, errors.As, sort.Sort); kept as a switch.
    bool dynamic_itabs = true;

private:
    void declare_functions();
    void compile_init();
    void fill_method_tables();
    void fill_interface_descriptors();
    uint32_t wrapper(const Type* concrete, std::string_view name, Pos pos);

    std::map<std::pair<const gc::Type*, const gc::Type*>, uint32_t> m_itabs;
    std::map<std::pair<const gc::Type*, std::string>, uint32_t> m_wrappers;

    std::unordered_map<const types::Var*, uint64_t> m_globals;
    std::unordered_map<std::string, uint32_t> m_natives;
    std::unordered_map<std::string, uint32_t> m_strings;
    std::unordered_map<uint64_t, uint32_t> m_consts;
    std::vector<bool> m_global_ptr_words;
};

// A forward or backward jump target inside one function.
struct Label {
    int32_t pos = -1; // code word, once bound
    std::vector<uint32_t> patches; // code words of jumping instructions waiting for pos
};

// Where a local variable lives.
struct VarLoc {
    enum Kind : uint8_t { Reg, Cell, Global } kind = Reg;
    int reg = 0; // Reg: first slot of the value; Cell: slot holding the cell's address
    uint64_t off = 0; // Global: byte offset in the globals area
};

// An assignable place, evaluated (its address parts sit in registers).
struct LValue {
    enum Kind : uint8_t { Blank, Reg, Mem, Slice, MapElem } kind = Blank;
    const Type* type = nullptr;
    int reg = 0; // Reg: value slots; Mem: base pointer; Slice: slice slots; MapElem: map
    uint64_t off = 0; // Mem: byte offset
    int index = 0; // Slice: index register; MapElem: key register
    const Type* map_type = nullptr;
};

// The state of a scan over one statement's operands (order.cpp).
struct OrderScan {
    bool need = false; // a late read comes before a call: Go's order differs
    bool late = false; // a late read was seen in the current scope
    bool calls = false; // a call was seen
    Expr* top = nullptr; // the statement's own call, not hoisted
};

struct BranchTargets {
    Label* brk = nullptr;
    Label* cont = nullptr;
};

class FnCompiler {
public:
    FnCompiler(ModuleCompiler& m, vm::Function* f)
        : M(m)
        , F(f)
    {
    }
    void compile_body(const types::FunctionBody& body);
    void compile_init(types::Package* pkg);

    // ---- emission (compile.cpp) ----
    uint32_t pc() const { return static_cast<uint32_t>(F->code.size()); }
    void emit(vm::Instr i);
    void abc(Op op, int a, int b, int c);
    void abx(Op op, int a, uint32_t bx);
    void asbx(Op op, int a, int32_t sbx);
    void ext(uint32_t word) { F->code.push_back(word); }
    void jump(Label& l); // JMP
    void loop_to(Label& l); // LOOP (backward)
    void jump_bool(Op jt_or_jf, int a, Label& l);
    void jump_cmp(Op fused, int a, int b, Label& l); // JEQ_I64 ... JLE_F64
    void map_next(int a, int it, Label& l);
    void bind(Label& l);
    void set_line(Pos p)
    {
        if (p.line)
            m_line = p.line;
    }

    // ---- registers (compile.cpp) ----
    int alloc(int n);
    int alloc_type(const Type* t);
    int alloc_ptr();
    void mark_ptr(int r);
    void mark_type(int r, const Type* t);
    void touch(int top);
    int free_reg() const { return m_free; }
    void set_free(int r) { m_free = r; }

    // ---- values (expr.cpp) ----
    int expr(Expr* e);
    void expr_to(Expr* e, int dst);
    int expr_owned(Expr* e); // struct/array: a fresh box; others: as expr
    void expr_value_to(Expr* e, int dst, const Type* target); // with implicit conversion to target
    void cond_jump(Expr* e, bool when, Label& target);
    void load_const(const types::Constant& c, const Type* t, int dst);
    void load_int(int dst, int64_t v);
    void zero_value(const Type* t, int dst);
    void move(const Type* t, int dst, int src);
    void load_mem(const Type* t, int dst, int base, uint64_t off);
    void store_mem(const Type* t, int base, uint64_t off, int src);
    void normalize(const Type* t, int r); // EXT_* / ROUND_F32 after arithmetic
    void copy_box(const Type* t, int dst_ptr, int src_ptr);
    int box_copy(const Type* t, int src_ptr); // a fresh box holding a copy
    bool is_fresh(Expr* e);
    bool is_aggregate(const Type* t) const;
    void to_iface(Expr* e, int dst); // e converted to an empty interface
    void iface_to_empty(int dst, int src);
    void assign_convert(const Type* from, const Type* to, int src, int dst);
    LValue lvalue(Expr* e);
    int operand(Expr* e);
    void store_lv(const LValue& lv, int src);
    void load_lv(const LValue& lv, int dst);
    int field_base(SelectorExpr* e, uint64_t* off, const Type** ftype);
    int address_of(Expr* e);
    void operation_to(Operation* e, int dst);
    void concat_to(Operation* e, int dst);
    void compare_to(Operation* e, int dst);
    void composite_to(CompositeLit* e, int dst);
    void composite_addr_to(CompositeLit* e, int dst);
    void index_to(IndexExpr* e, int dst);
    void slice_to(SliceExpr* e, int dst);

    // ---- calls (call.cpp) ----
    int call(CallExpr* c); // emits the call; returns the register of its results
    void call_expr_to(CallExpr* c, int dst);
    bool builtin_to(CallExpr* c, int dst);
    void conversion_to(CallExpr* c, int dst);
    void convert(const Type* from, const Type* to, int src, int dst);
    void print_call(CallExpr* c, bool ln);
    void receiver_to(SelectorExpr* s, types::Func* m, int dst);
    void minmax_to(CallExpr* c, bool is_min, int dst);
    static std::string fmt_builtin(std::string_view name);
    int build_variadic(const std::vector<Expr*>& args, size_t from, const Type* slice_type);

    // ---- non-empty interfaces (iface.cpp) ----
    // The value of type `from` in `src` converted to the interface type `to` in `dst`.
    void convert_to_iface(const Type* from, const Type* to, int src, int dst);
    void assert_to(AssertExpr* e, int dst, bool comma_ok); // comma_ok: ok at dst + slots(T)
    void type_switch(SwitchStmt* s);
    // The interface value of an interface method call's receiver, below the call window.
    int iface_receiver(SelectorExpr* s, const Type** iface_type);
    void compile_wrapper(const Type* concrete, std::string_view name, Pos pos);

    // ---- statements (stmt.cpp) ----
    void stmt(Stmt* s);
    void stmt_unordered(Stmt* s);
    void stmts(const std::vector<Stmt*>& list);
    void block(BlockStmt* b);
    void assign(AssignStmt* s);
    void define_or_assign_multi(AssignStmt* s);
    void var_decl(VarDecl* d);
    void if_stmt(IfStmt* s);
    void for_stmt(ForStmt* s);
    void range_stmt(ForStmt* s, RangeClause* r);
    void range_assign(RangeClause* r, size_t i, int src, bool fresh);
    void switch_stmt(SwitchStmt* s);
    void return_stmt(ReturnStmt* s);
    void branch_stmt(BranchStmt* s);
    void fuse_counted_loop(uint32_t at, const Label& top);
    int declare_var(const types::Var* v); // allocates its location at free_reg
    void init_var(const types::Var* v, Expr* value); // declare + initialize
    void assign_var_from(const types::Var* v, int src, bool src_fresh);
    void find_address_taken(Node* n);
    void multi_value_assign(
        Expr* rhs, const std::vector<const types::Var*>& vars, const std::vector<Expr*>& lhs, Pos pos);
    void reserve_new_vars(const std::vector<const types::Var*>& vars);
    void binary_in_place(lang::Op op, const Type* t, int cur, int y, Expr* count);
    void stmt_keep(Stmt* s);
    bool hoist_constants(Node* loop);
    void renew_loop_vars(AssignStmt* init);
    bool sequential_ok(AssignStmt* s);
    bool is_word_type(const Type* t) const;
    void cmp_tag_to(int tag, const Type* tt, Expr* c, int r);

    // ---- goroutines and channels (goroutine.cpp) ----
    void go_stmt(CallStmt* s);
    void send_stmt(SendStmt* s);
    void recv_to(Operation* e, int dst);
    int recv_comma_ok(Expr* rhs); // value then ok in consecutive registers
    bool is_recv_expr(Expr* e) const;
    void range_chan(RangeClause* r, BlockStmt* body, Label& top, Label& cont, Label& exit, Pos pos);
    bool chan_builtin(CallExpr* c, types::BuiltinId id, int& dst); // make(chan), len/cap, close
    void select_stmt(SelectStmt* s);

    // ---- closures (closure.cpp), method values (methodval.cpp), defer/recover (defer.cpp) ----
    void mark_captured(FuncLit* lit);
    void func_lit_to(FuncLit* e, int dst);
    void load_captures();
    std::string next_closure_name();
    int func_value_reg(Expr* fun);
    uint32_t make_wrapper(const std::string& name, const types::Signature* sig, const Type* recv, int mode,
        Op call_op, uint32_t index);
    void method_value_to(SelectorExpr* s, int dst); // methodval.cpp
    void method_expr_to(SelectorExpr* s, int dst);
    uint32_t forwarder(
        const std::string& key, const std::string& name, SelectorExpr* sel, const Type* recv_t, bool bound);
    std::string method_expr_name(const Type* t, std::string_view method) const;
    void native_func_value_to(types::Func* f, Pos pos, int dst);
    void prepare_defers(BlockStmt* body);
    void defer_stmt(CallStmt* s);
    void finish_synthetic();
    // fn_reg: the func value (CALLFUNC, 1 slot) or interface (2 slots) a by-value call uses.
    bool emit_deferred(int base, int nargs, int nres, int fn_reg, int fn_slots, Op call_op, uint32_t index);
    // A thunk closure (in the returned register) that makes the call whose window is ready.
    int call_thunk(
        int base, int nargs, int nres, int fn_reg, int fn_slots, Op call_op, uint32_t index, bool defer);
    void emit_go(int base, int nargs, int nres, int fn_reg, int iface_reg, Op call_op, uint32_t index);
    int builtin_thunk(CallExpr* c, bool defer); // defer/go of a built-in: its closure's register
    void return_via_epilogue(ReturnStmt* s);
    void emit_epilogue();
    void recover_to(int dst);

    // ---- Go's evaluation order within a statement (order.cpp) ----
    bool order_stmt(Stmt* s);
    bool order_in_place(Expr* e);
    void ordered_cond_jump(Expr* cond, bool when, Label& target);
    bool order_exprs(const std::vector<Expr*>& list, const std::vector<const Type*>& targets, Expr* top);
    void order_walk(Expr* e, const Type* target, bool hoist, OrderScan& st);
    bool order_stable(Expr* e);

    void unsupported(Pos p, std::string_view what) { M.unsupported(p, what); }

    ModuleCompiler& M;
    vm::Function* F;

private:
    friend class ModuleCompiler;
    int m_free = 0;
    int m_max = 0;
    bool m_too_large = false;
    std::vector<bool> m_ptr = std::vector<bool>(kMaxSlots + 8, false);
    uint32_t m_line = 0;
    uint32_t m_params = 0;
    bool m_snapshot = false; // lvalue operands are copied (tuple assignment)
    std::unordered_map<const types::Var*, VarLoc> m_vars;
    std::unordered_set<const types::Var*> m_address_taken;
    std::unordered_map<const types::Var*, VarLoc> m_reserved; // := variables not yet assigned
    std::vector<const types::Var*> m_results; // named results
    const types::Signature* m_sig = nullptr;
    std::unordered_map<const Stmt*, BranchTargets> m_targets;
    std::vector<BranchTargets> m_target_stack;
    std::unordered_map<const Expr*, int> m_hoisted; // loop-invariant constants held in registers
    std::unordered_map<const Expr*, int> m_ordered; // order.cpp: values computed ahead of their statement
    // closures and defer (closure.cpp, defer.cpp)
    FnCompiler* m_parent = nullptr; // the enclosing function of a literal
    std::vector<const types::Var*> m_captures; // a literal's captured variables, closure order
    int m_context = -1; // a literal's closure context register (R[param_slots])
    int m_closure_count = 0;
    int m_deferwrap_count = 0;
    int m_gowrap_count = 0;
    bool m_deferring = false; // call() packages the call as a deferred call instead of making it
    bool m_going = false; // call() starts the call in a new goroutine instead of making it
    bool m_has_defer = false;
    int m_result_area = -1; // functions with defers: results gathered here before the epilogue
    Label m_epilogue;
    std::unordered_map<std::string_view, Label> m_goto_labels; // stmt.cpp: goto targets
};

// Walks a syntax tree (stmt.cpp), nested function literals included.
void walk_nodes(Node* n, const std::function<void(Node*)>& f);

// Helpers over checker types.
inline const types::Basic* basic(const Type* t)
{
    return types::as_basic(default_type(t));
}
Expr* unparen(Expr* e);
bool is_signed_int(const Type* t);
bool is_unsigned_int(const Type* t);
bool is_float32(const Type* t);
bool is_string_type(const Type* t);
int int_bits(const Type* t); // 8, 16, 32 or 64 for integer types
bool is_nil(Expr* e); // the predeclared nil
bool is_nonempty_iface(const Type* t);
// The position of method `name` in interface type t's method list (sorted by name, as the
// descriptor's gc::Type::methods and every itab).
int iface_method_index(const Type* t, std::string_view name);

} // namespace vitro::lang::codegen
