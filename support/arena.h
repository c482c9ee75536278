// support/arena.h — a bump allocator for compiler data (AST nodes, types, objects).
//
// Everything the front end builds for one compilation lives in one Arena and dies with it, so
// no node owns another and there are no reference counts. Objects with non-trivial destructors
// (nodes holding std::vector or std::string) are registered and destroyed in reverse order when
// the arena dies. Not thread-safe: one arena per compilation. Script objects never come from
// here: they come from gc/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace vitro::support {

class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    ~Arena();

    template <class T, class... Args> T* make(Args&&... args)
    {
        void* mem = allocate(sizeof(T), alignof(T));
        T* obj = new (mem) T(std::forward<Args>(args)...);
        if constexpr (!std::is_trivially_destructible_v<T>)
            m_destructors.push_back({ obj, [](void* p) { static_cast<T*>(p)->~T(); } });
        return obj;
    }

    // Copies `text` into the arena; the view stays valid for the arena's life.
    std::string_view intern_copy(std::string_view text);

    void* allocate(size_t size, size_t align);
    size_t bytes_allocated() const { return m_total; }

private:
    struct Destructor {
        void* object;
        void (*destroy)(void*);
    };
    static constexpr size_t kChunkSize = 64 * 1024;

    std::vector<std::unique_ptr<std::byte[]>> m_chunks;
    std::byte* m_cursor = nullptr;
    std::byte* m_limit = nullptr;
    size_t m_total = 0;
    std::vector<Destructor> m_destructors;
};

} // namespace vitro::support
