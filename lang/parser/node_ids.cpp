// NodeId numbering: every expression gets an id in source (pre-)order, so that ids are
// deterministic and dense whatever the grammar backtracked over.
#include "lang/parser/ast_util.hpp"
#include "lang/parser/passes.hpp"

namespace mallory::lang::parser {

namespace {

struct IdAssigner {
    ast::NodeId next;

    void expr(ast::Expression& e) {
        boost::apply_visitor([&](auto& n) { node(ast::unwrap(n)); }, e.get());
    }
    void expr(std::optional<ast::Expression>& e) {
        if (e) expr(*e);
    }
    void exprs(std::vector<ast::Expression>& list) {
        for (auto& e : list)
            expr(e);
    }

    void node(ast::Identifier& n) { n.id = next++; }
    void node(ast::NumberLiteral& n) { n.id = next++; }
    void node(ast::BoolLiteral& n) { n.id = next++; }
    void node(ast::StringLiteral& n) { n.id = next++; }
    void node(ast::ElementaryTypeExpr& n) { n.id = next++; }
    void node(ast::TupleExpr& n) {
        n.id = next++;
        for (auto& e : n.elements)
            expr(e);
    }
    void node(ast::InlineArray& n) {
        n.id = next++;
        for (auto& e : n.elements)
            expr(e);
    }
    void node(ast::Unary& n) {
        n.id = next++;
        expr(n.operand);
    }
    void node(ast::Binary& n) {
        n.id = next++;
        expr(n.lhs);
        expr(n.rhs);
    }
    void node(ast::Assignment& n) {
        n.id = next++;
        expr(n.lhs);
        expr(n.rhs);
    }
    void node(ast::Conditional& n) {
        n.id = next++;
        expr(n.condition);
        expr(n.when_true);
        expr(n.when_false);
    }
    void node(ast::Call& n) {
        n.id = next++;
        expr(n.callee);
        for (auto& o : n.options)
            expr(o.value);
        exprs(n.arguments);
    }
    void node(ast::MemberAccess& n) {
        n.id = next++;
        expr(n.object);
    }
    void node(ast::IndexAccess& n) {
        n.id = next++;
        expr(n.object);
        expr(n.index);
    }
    void node(ast::IndexRangeAccess& n) {
        n.id = next++;
        expr(n.object);
        expr(n.start);
        expr(n.end);
    }
    void node(ast::NewExpr& n) {
        n.id = next++;
        type(n.type);
    }

    void type(ast::TypeName& t) {
        boost::apply_visitor([&](auto& n) { type_node(ast::unwrap(n)); }, t.get());
    }
    void type_node(ast::ElementaryTypeName&) {}
    void type_node(ast::UserDefinedTypeName&) {}
    void type_node(ast::MappingTypeName& m) {
        type(m.key);
        type(m.value);
    }
    void type_node(ast::ArrayTypeName& a) {
        type(a.base);
        expr(a.length);
    }
    void type_node(ast::FunctionTypeName& f) {
        variables(f.parameters);
        variables(f.returns);
    }

    void variable(ast::VariableDeclaration& v) { type(v.type); }
    void variables(std::vector<ast::VariableDeclaration>& vs) {
        for (auto& v : vs)
            variable(v);
    }

    void stmt(ast::Statement& s) {
        boost::apply_visitor([&](auto& n) { stmt_node(ast::unwrap(n)); }, s.get());
    }
    void stmt_node(ast::Block& b) {
        for (auto& s : b.statements)
            stmt(s);
    }
    void stmt_node(ast::VariableDeclarationStatement& s) {
        for (auto& v : s.variables)
            if (v) variable(*v);
        expr(s.initial_value);
    }
    void stmt_node(ast::ExpressionStatement& s) { expr(s.expression); }
    void stmt_node(ast::IfStatement& s) {
        expr(s.condition);
        stmt(s.then_branch);
        if (s.else_branch) stmt(*s.else_branch);
    }
    void stmt_node(ast::ForStatement& s) {
        if (s.init) stmt(*s.init);
        expr(s.condition);
        expr(s.step);
        stmt(s.body);
    }
    void stmt_node(ast::WhileStatement& s) {
        expr(s.condition);
        stmt(s.body);
    }
    void stmt_node(ast::DoWhileStatement& s) {
        stmt(s.body);
        expr(s.condition);
    }
    void stmt_node(ast::ReturnStatement& s) { expr(s.value); }
    void stmt_node(ast::BreakStatement&) {}
    void stmt_node(ast::ContinueStatement&) {}
    void stmt_node(ast::PlaceholderStatement&) {}
    void stmt_node(ast::EmitStatement& s) { expr(s.event_call); }
    void stmt_node(ast::RevertStatement& s) { expr(s.error_call); }
    void stmt_node(ast::TryStatement& s) {
        expr(s.call);
        variables(s.returns);
        stmt_node(s.body);
        for (auto& c : s.clauses) {
            variables(c.parameters);
            stmt_node(c.body);
        }
    }
    void stmt_node(ast::InlineAssembly& s) { yul_block(s.body); }
    void yul_block(std::vector<ast::YulStatement>& body) {
        for (auto& s : body) { // in source order: init, condition, post, then the body
            yul_block(s.init);
            for (auto& t : s.targets)
                yul(t);
            for (auto& v : s.value)
                yul(v);
            yul_block(s.post);
            yul_block(s.body);
        }
    }
    void yul(ast::YulExpression& e) {
        e.id = next++;
        for (auto& a : e.arguments)
            yul(a);
    }

    void annotations(std::vector<ast::Annotation>& list) {
        for (auto& a : list)
            expr(a.condition);
    }
    void modifiers(std::vector<ast::ModifierInvocation>& list) {
        for (auto& m : list)
            if (m.arguments) exprs(*m.arguments);
    }

    void member(ast::ContractMember& m) {
        boost::apply_visitor([&](auto& n) { member_node(n); }, m.get());
    }
    void member_node(ast::StateVariableDeclaration& v) {
        type(v.type);
        expr(v.initial_value);
    }
    void member_node(ast::StructDefinition& s) { variables(s.members); }
    void member_node(ast::EnumDefinition&) {}
    void member_node(ast::UserValueTypeDefinition& d) { type(d.underlying); }
    void member_node(ast::EventDefinition& e) { variables(e.parameters); }
    void member_node(ast::ErrorDefinition& e) { variables(e.parameters); }
    void member_node(ast::ModifierDefinition& m) {
        variables(m.parameters);
        if (m.body) stmt_node(*m.body);
    }
    void member_node(ast::FunctionDefinition& f) {
        annotations(f.annotations);
        variables(f.parameters);
        modifiers(f.modifiers);
        variables(f.returns);
        if (f.body) stmt_node(*f.body);
    }

    void contract(ast::ContractDefinition& c) {
        annotations(c.annotations);
        for (auto& base : c.bases)
            if (base.arguments) exprs(*base.arguments);
        for (auto& m : c.members)
            member(m);
        for (auto& u : c.usings)
            if (u.type) type(*u.type);
    }
};

} // namespace

ast::NodeId assign_node_ids(ast::SourceUnit& unit, ast::NodeId first) {
    IdAssigner assigner{first};
    for (auto& c : unit.contracts)
        assigner.contract(c);
    assigner.contract(unit.file_level);
    return assigner.next;
}

} // namespace mallory::lang::parser
