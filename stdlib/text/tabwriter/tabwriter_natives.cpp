// stdlib/text/tabwriter/tabwriter_natives.cpp — Go 1.19's text/tabwriter.
//
// Write appends to the Writer's []byte buffer; Flush splits the buffered text into lines of
// cells (a cell ends at '\t' or '\v'; '\n' and '\f' end a line; the last cell of a line is not
// part of any column) and runs Go's format/writeLines: a column block is a run of consecutive
// lines having a cell in that column, its width the widest cell (in runes) plus padding, at
// least minwidth; padding with '\t' rounds the cell up to tabwidth multiples; AlignRight pads
// before the text, Debug writes '|' between cells, DiscardEmptyColumns drops columns of empty
// cells, TabIndent pads leading empty cells with tabs. The text goes to the output writer
// through fmt's Fprint path. Invariant: layout of struct Writer = decl.go's Writer.
// Concurrency: natives run on the scheduler thread. Go reference: src/text/tabwriter.
#include "stdlib/fmt/print.h"
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"

#include <string>
#include <string_view>
#include <vector>

namespace vitro::stdlib::tabwriter {

namespace {

struct Writer {
    vm::Iface output;
    int64_t minwidth;
    int64_t tabwidth;
    int64_t padding;
    int64_t padchar;
    uint64_t flags;
    vm::Slice buf;
};
static_assert(sizeof(Writer) == 80);

constexpr uint64_t kAlignRight = 4, kDiscardEmptyColumns = 8, kTabIndent = 16, kDebug = 32;

struct Cell {
    size_t size = 0; // bytes
    int64_t width = 0; // runes
    bool htab = false; // ended by '\t'
};

int64_t rune_count(std::string_view s)
{
    int64_t n = 0;
    for (size_t i = 0; i < s.size();) {
        int size = 1;
        strconv::decode_rune(s.substr(i), &size);
        i += static_cast<size_t>(size);
        n++;
    }
    return n;
}

class Formatter {
public:
    Formatter(const Writer& w, std::string_view text)
        : m_minwidth(w.minwidth)
        , m_tabwidth(w.tabwidth)
        , m_padding(w.padding)
        , m_padchar(static_cast<char>(w.padchar))
        , m_flags(w.flags)
    {
        m_lines.emplace_back();
        size_t start = 0;
        for (size_t i = 0; i < text.size(); i++) {
            char c = text[i];
            if (c == '\t' || c == '\v' || c == '\n' || c == '\f') {
                terminate(text.substr(start, i - start), c == '\t');
                start = i + 1;
                if (c == '\n' || c == '\f')
                    m_lines.emplace_back();
            } else {
                m_text += c;
            }
        }
        if (start < text.size())
            terminate(text.substr(start), false); // Flush terminates the open cell
    }

    std::string run()
    {
        format(0, 0, m_lines.size());
        return std::move(m_out);
    }

private:
    void terminate(std::string_view cell, bool htab)
    {
        m_lines.back().push_back(Cell { cell.size(), rune_count(cell), htab });
    }

    void write_padding(int64_t textw, int64_t cellw, bool use_tabs)
    {
        if (m_padchar == '\t' || use_tabs) {
            if (m_tabwidth == 0)
                return;
            cellw = (cellw + m_tabwidth - 1) / m_tabwidth * m_tabwidth;
            int64_t n = cellw - textw;
            m_out.append(static_cast<size_t>((n + m_tabwidth - 1) / m_tabwidth), '\t');
            return;
        }
        if (cellw > textw)
            m_out.append(static_cast<size_t>(cellw - textw), m_padchar);
    }

    size_t write_lines(size_t pos, size_t line0, size_t line1)
    {
        for (size_t i = line0; i < line1; i++) {
            const std::vector<Cell>& line = m_lines[i];
            bool use_tabs = m_flags & kTabIndent;
            for (size_t j = 0; j < line.size(); j++) {
                const Cell& c = line[j];
                if (j > 0 && (m_flags & kDebug))
                    m_out += '|';
                if (c.size == 0) {
                    if (j < m_widths.size())
                        write_padding(c.width, m_widths[j], use_tabs);
                } else {
                    use_tabs = false;
                    if (!(m_flags & kAlignRight)) {
                        m_out.append(m_text, pos, c.size);
                        pos += c.size;
                        if (j < m_widths.size())
                            write_padding(c.width, m_widths[j], false);
                    } else {
                        if (j < m_widths.size())
                            write_padding(c.width, m_widths[j], false);
                        m_out.append(m_text, pos, c.size);
                        pos += c.size;
                    }
                }
            }
            if (i + 1 != m_lines.size())
                m_out += '\n';
        }
        return pos;
    }

    size_t format(size_t pos, size_t line0, size_t line1)
    {
        size_t column = m_widths.size();
        for (size_t cur = line0; cur < line1; cur++) {
            if (column + 1 >= m_lines[cur].size())
                continue;
            pos = write_lines(pos, line0, cur);
            line0 = cur;
            int64_t width = m_minwidth;
            bool discardable = true;
            for (; cur < line1; cur++) {
                const std::vector<Cell>& line = m_lines[cur];
                if (column + 1 >= line.size())
                    break;
                const Cell& c = line[column];
                width = std::max(width, c.width + m_padding);
                if (c.width > 0 || c.htab)
                    discardable = false;
            }
            if (discardable && (m_flags & kDiscardEmptyColumns))
                width = 0;
            m_widths.push_back(width);
            pos = format(pos, line0, cur);
            m_widths.pop_back();
            line0 = cur;
            if (cur == line1)
                break;
        }
        return write_lines(pos, line0, line1);
    }

    int64_t m_minwidth, m_tabwidth, m_padding;
    char m_padchar;
    uint64_t m_flags;
    std::string m_text; // the cells' bytes, without separators
    std::vector<std::vector<Cell>> m_lines;
    std::vector<int64_t> m_widths;
    std::string m_out;
};

Writer* self(vm::NativeCall& call)
{
    auto* w = static_cast<Writer*>(call.ptr_arg(0));
    if (!w)
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
    return w;
}

// Init's and NewWriter's parameters from slot `a` on (output, minwidth, tabwidth, padding,
// padchar, flags).
void init(vm::NativeCall& call, Writer* w, int a)
{
    vm::Iface out = call.iface_arg(a);
    w->output.tab = out.tab;
    gc::store_ptr(&w->output.data, out.data);
    w->minwidth = call.int_arg(a + 2);
    w->tabwidth = call.int_arg(a + 3);
    w->padding = call.int_arg(a + 4);
    w->padchar = call.int_arg(a + 5) & 0xff;
    w->flags = static_cast<uint64_t>(call.int_arg(a + 6));
    w->buf = { nullptr, 0, 0 };
}

constexpr uint64_t kWriterMask = 0x83; // output.tab, output.data, buf.ptr
const gc::Type kWriterType
    = internal::make_struct_type("tabwriter.Writer", sizeof(Writer), 64, &kWriterMask, 0);

void NewWriter(vm::NativeCall& call)
{
    auto* w = static_cast<Writer*>(call.heap().alloc(&kWriterType));
    init(call, w, 0);
    call.set_ptr(0, w);
}

void Init(vm::NativeCall& call)
{
    Writer* w = self(call);
    if (!w)
        return;
    init(call, w, 1);
    call.set_ptr(0, w);
}

void append(vm::NativeCall& call, Writer* w, std::string_view data)
{
    vm::Slice grown = internal::append_bytes(call, w->buf, data);
    w->buf.len = grown.len;
    w->buf.cap = grown.cap;
    gc::store_ptr(reinterpret_cast<void**>(&w->buf.ptr), grown.ptr);
}

void Write(vm::NativeCall& call)
{
    Writer* w = self(call);
    if (!w)
        return;
    vm::Slice p = call.slice_arg(1);
    append(call, w, std::string_view(reinterpret_cast<const char*>(p.ptr), static_cast<size_t>(p.len)));
    call.set_int(0, p.len);
    internal::set_nil_error(call, 1);
}

void native_write(vm::NativeCall& call, void* obj, std::string_view data, int64_t& n, vm::Iface& err)
{
    append(call, static_cast<Writer*>(obj), data);
    n = static_cast<int64_t>(data.size());
    err = {};
}

void Flush(vm::NativeCall& call)
{
    Writer* w = self(call);
    if (!w)
        return;
    std::string text(reinterpret_cast<const char*>(w->buf.ptr), static_cast<size_t>(w->buf.len));
    w->buf.len = 0;
    std::string out = Formatter(*w, text).run();
    vm::Iface output = w->output;
    if (out.empty()) {
        internal::set_nil_error(call, 0);
        return;
    }
    fmt::write_text(call, output, out); // (n int, err error) in slots 0-2
    call.args[0] = call.args[1];
    call.args[1] = call.args[2];
}

} // namespace

} // namespace vitro::stdlib::tabwriter

namespace vitro::stdlib {

void register_tabwriter(vm::NativeRegistry& r)
{
    using namespace tabwriter;
    r.add("text/tabwriter.NewWriter", NewWriter);
    r.add("text/tabwriter.(*Writer).Init", Init);
    r.add("text/tabwriter.(*Writer).Write", Write);
    r.add("text/tabwriter.(*Writer).Flush", Flush);
    internal::register_native_writer("*tabwriter.Writer", native_write);
}

} // namespace vitro::stdlib
