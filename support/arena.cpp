// support/arena.cpp — chunked bump allocation; see arena.h.
#include "support/arena.h"

#include <cstring>

namespace vitro::support {

Arena::~Arena()
{
    for (auto it = m_destructors.rbegin(); it != m_destructors.rend(); ++it)
        it->destroy(it->object);
}

void* Arena::allocate(size_t size, size_t align)
{
    auto cur = reinterpret_cast<uintptr_t>(m_cursor);
    uintptr_t aligned = (cur + align - 1) & ~(uintptr_t)(align - 1);
    if (m_cursor == nullptr || aligned + size > reinterpret_cast<uintptr_t>(m_limit)) {
        size_t chunk = size + align > kChunkSize ? size + align : kChunkSize;
        m_chunks.push_back(std::make_unique<std::byte[]>(chunk));
        m_cursor = m_chunks.back().get();
        m_limit = m_cursor + chunk;
        cur = reinterpret_cast<uintptr_t>(m_cursor);
        aligned = (cur + align - 1) & ~(uintptr_t)(align - 1);
    }
    m_cursor = reinterpret_cast<std::byte*>(aligned + size);
    m_total += size;
    return reinterpret_cast<void*>(aligned);
}

std::string_view Arena::intern_copy(std::string_view text)
{
    if (text.empty())
        return {};
    auto* mem = static_cast<char*>(allocate(text.size(), 1));
    std::memcpy(mem, text.data(), text.size());
    return { mem, text.size() };
}

} // namespace vitro::support
