#include "vm/serialize.hpp"

#include <cstring>

namespace mallory::vm {

std::string_view to_string(DecodeError e) noexcept {
    switch (e) {
    case DecodeError::Ok:
        return "ok";
    case DecodeError::BadMagic:
        return "not a Mallory code container (bad magic)";
    case DecodeError::BadVersion:
        return "unsupported container version";
    case DecodeError::Truncated:
        return "container truncated or a length exceeds the data";
    case DecodeError::BadEnum:
        return "invalid enumeration value";
    case DecodeError::TrailingBytes:
        return "trailing bytes after the container";
    case DecodeError::TooDeep:
        return "child contracts nested too deeply";
    }
    return "unknown decode error";
}

std::string LoadResult::message() const {
    if (decode != DecodeError::Ok) return std::string(to_string(decode));
    if (!verify.ok())
        return std::string(to_string(verify.error)) + " at offset " + std::to_string(verify.offset);
    return "ok";
}

namespace {

class Writer {
public:
    void u8(std::uint8_t v) { m_out.push_back(v); }
    void u16(std::uint16_t v) { le(v, 2); }
    void u32(std::uint32_t v) { le(v, 4); }
    void blob(BytesView b) {
        u32(static_cast<std::uint32_t>(b.size()));
        m_out.insert(m_out.end(), b.begin(), b.end());
    }
    void str(std::string_view s) {
        blob(BytesView{reinterpret_cast<const std::uint8_t*>(s.data()), s.size()});
    }
    void word(const U256& v) {
        const auto b = to_bytes(v);
        m_out.insert(m_out.end(), b.begin(), b.end());
    }
    Bytes take() { return std::move(m_out); }

private:
    void le(std::uint64_t v, int n) {
        for (int i = 0; i < n; ++i)
            m_out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    }
    Bytes m_out;
};

void write_abi(Writer& w, const AbiEntry& e) {
    w.u8(static_cast<std::uint8_t>(e.kind));
    w.str(e.name);
    w.str(e.signature);
    w.u32(static_cast<std::uint32_t>(e.inputs.size()));
    for (const auto& s : e.inputs)
        w.str(s);
    w.u32(static_cast<std::uint32_t>(e.outputs.size()));
    for (const auto& s : e.outputs)
        w.str(s);
    w.u32(static_cast<std::uint32_t>(e.indexed.size()));
    for (bool b : e.indexed)
        w.u8(b ? 1 : 0);
    w.u8(static_cast<std::uint8_t>(e.mutability));
    w.u8(e.anonymous ? 1 : 0);
}

/// Bounds-checked reader: any failure latches an error and all later reads return zeros.
class Reader {
public:
    explicit Reader(BytesView b) : m_p(b.data()), m_end(b.data() + b.size()), m_begin(b.data()) {}

    [[nodiscard]] bool ok() const noexcept { return m_err == DecodeError::Ok; }
    [[nodiscard]] DecodeError error() const noexcept { return m_err; }
    void fail(DecodeError e) noexcept {
        if (m_err == DecodeError::Ok) m_err = e;
        m_p = m_end;
    }
    [[nodiscard]] std::size_t remaining() const noexcept {
        return static_cast<std::size_t>(m_end - m_p);
    }
    [[nodiscard]] std::size_t consumed() const noexcept {
        return static_cast<std::size_t>(m_p - m_begin);
    }

    const std::uint8_t* take(std::size_t n) noexcept {
        if (!ok() || remaining() < n) {
            fail(DecodeError::Truncated);
            return nullptr;
        }
        const std::uint8_t* p = m_p;
        m_p += n;
        return p;
    }
    std::uint64_t le(std::size_t n) noexcept {
        const std::uint8_t* p = take(n);
        std::uint64_t v = 0;
        if (p)
            for (std::size_t i = 0; i < n; ++i)
                v |= std::uint64_t{p[i]} << (8 * i);
        return v;
    }
    std::uint8_t u8() noexcept { return static_cast<std::uint8_t>(le(1)); }
    std::uint16_t u16() noexcept { return static_cast<std::uint16_t>(le(2)); }
    std::uint32_t u32() noexcept { return static_cast<std::uint32_t>(le(4)); }
    /// A count of elements each at least `min_size` bytes long, checked against what is left.
    std::uint32_t count(std::size_t min_size) noexcept {
        const std::uint32_t n = u32();
        if (ok() && std::uint64_t{n} * min_size > remaining()) fail(DecodeError::Truncated);
        return ok() ? n : 0;
    }
    BytesView blob() noexcept {
        const std::uint32_t n = u32();
        const std::uint8_t* p = take(n);
        return p ? BytesView{p, n} : BytesView{};
    }
    std::string str() noexcept {
        const BytesView b = blob();
        return {reinterpret_cast<const char*>(b.data()), b.size()};
    }
    template <class E> E enumeration(std::uint8_t max) noexcept {
        const std::uint8_t v = u8();
        if (v > max) fail(DecodeError::BadEnum);
        return static_cast<E>(ok() ? v : 0);
    }

private:
    const std::uint8_t* m_p;
    const std::uint8_t* m_end;
    const std::uint8_t* m_begin;
    DecodeError m_err = DecodeError::Ok;
};

void read_strings(Reader& r, std::vector<std::string>& out) {
    const std::uint32_t n = r.count(4);
    out.reserve(n);
    for (std::uint32_t i = 0; i < n && r.ok(); ++i)
        out.push_back(r.str());
}

AbiEntry read_abi(Reader& r) {
    AbiEntry e;
    e.kind = r.enumeration<AbiKind>(static_cast<std::uint8_t>(AbiKind::Fallback));
    e.name = r.str();
    e.signature = r.str();
    read_strings(r, e.inputs);
    read_strings(r, e.outputs);
    const std::uint32_t n = r.count(1);
    for (std::uint32_t i = 0; i < n && r.ok(); ++i)
        e.indexed.push_back(r.u8() != 0);
    e.mutability = r.enumeration<Mutability>(static_cast<std::uint8_t>(Mutability::Payable));
    e.anonymous = r.u8() != 0;
    return e;
}

std::shared_ptr<ContractCode> decode(Reader& r, int depth);

void decode_body(Reader& r, ContractCode& c, int depth) {
    c.name = r.str();
    const std::uint32_t nf = r.count(16);
    c.functions.resize(nf);
    for (FunctionInfo& f : c.functions) {
        f.offset = r.u32();
        f.size = r.u32();
        f.inputs = r.u16();
        f.outputs = r.u16();
        f.locals = r.u16();
        f.max_stack = r.u16();
    }
    const BytesView code = r.blob();
    c.code.assign(code.begin(), code.end());
    const std::uint32_t nk = r.count(32);
    c.constants.reserve(nk);
    for (std::uint32_t i = 0; i < nk && r.ok(); ++i)
        c.constants.push_back(load_be(r.take(32)));
    const bool has_ctor = r.u8() != 0;
    const std::uint16_t ctor = r.u16();
    if (has_ctor) c.constructor = ctor;
    const std::uint32_t nc = r.count(4);
    for (std::uint32_t i = 0; i < nc && r.ok(); ++i) {
        Reader sub(r.blob());
        auto child = decode(sub, depth + 1);
        if (!sub.ok())
            r.fail(sub.error());
        else if (sub.remaining() != 0)
            r.fail(DecodeError::TrailingBytes);
        else
            c.children.push_back(std::move(child));
    }
    const std::uint32_t na = r.count(20);
    for (std::uint32_t i = 0; i < na && r.ok(); ++i)
        c.abi.push_back(read_abi(r));
    read_strings(r, c.files);
    const std::uint32_t ns = r.count(16);
    c.source_map.resize(ns);
    for (SourceMapEntry& e : c.source_map) {
        e.offset = r.u32();
        e.span.file = r.u32();
        e.span.begin = r.u32();
        e.span.end = r.u32();
    }
}

std::shared_ptr<ContractCode> decode(Reader& r, int depth) {
    if (depth > kMaxNesting) {
        r.fail(DecodeError::TooDeep);
        return nullptr;
    }
    const std::uint8_t* magic = r.take(4);
    if (magic == nullptr) return nullptr;
    if (std::memcmp(magic, "MLRY", 4) != 0) {
        r.fail(DecodeError::BadMagic);
        return nullptr;
    }
    if (r.u8() != kFormatVersion) {
        r.fail(DecodeError::BadVersion);
        return nullptr;
    }
    auto c = std::make_shared<ContractCode>();
    decode_body(r, *c, depth);
    return r.ok() ? c : nullptr;
}

LoadResult load_impl(BytesView bytes, bool exact) {
    LoadResult res;
    Reader r(bytes);
    auto code = decode(r, 0);
    if (r.ok() && exact && r.remaining() != 0) r.fail(DecodeError::TrailingBytes);
    if (!r.ok()) {
        res.decode = r.error();
        return res;
    }
    res.consumed = r.consumed();
    res.verify = verify(*code);
    if (res.verify.ok()) res.code = std::move(code);
    return res;
}

} // namespace

Bytes serialize(const ContractCode& c) {
    Writer w;
    for (char ch : std::string_view("MLRY"))
        w.u8(static_cast<std::uint8_t>(ch));
    w.u8(kFormatVersion);
    w.str(c.name);
    w.u32(static_cast<std::uint32_t>(c.functions.size()));
    for (const FunctionInfo& f : c.functions) {
        w.u32(f.offset);
        w.u32(f.size);
        w.u16(f.inputs);
        w.u16(f.outputs);
        w.u16(f.locals);
        w.u16(f.max_stack);
    }
    w.blob(c.code);
    w.u32(static_cast<std::uint32_t>(c.constants.size()));
    for (const U256& k : c.constants)
        w.word(k);
    w.u8(c.constructor ? 1 : 0);
    w.u16(c.constructor.value_or(0));
    w.u32(static_cast<std::uint32_t>(c.children.size()));
    for (const auto& child : c.children)
        w.blob(serialize(*child));
    w.u32(static_cast<std::uint32_t>(c.abi.size()));
    for (const AbiEntry& e : c.abi)
        write_abi(w, e);
    w.u32(static_cast<std::uint32_t>(c.files.size()));
    for (const auto& f : c.files)
        w.str(f);
    w.u32(static_cast<std::uint32_t>(c.source_map.size()));
    for (const SourceMapEntry& e : c.source_map) {
        w.u32(e.offset);
        w.u32(e.span.file);
        w.u32(e.span.begin);
        w.u32(e.span.end);
    }
    return w.take();
}

LoadResult load(BytesView bytes) {
    return load_impl(bytes, true);
}
LoadResult load_prefix(BytesView bytes) {
    return load_impl(bytes, false);
}

} // namespace mallory::vm
