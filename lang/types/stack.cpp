// lang/types/stack.cpp — the checker's thread with a large stack and its stack limit (see
// stack.h for the design).
#include "lang/types/stack.h"

#include <pthread.h>

namespace vitro::lang::types {

namespace {

// Used when the thread's bounds cannot be queried: what is safe on any 8 MB main stack.
constexpr size_t kFallbackBudget = size_t { 4 } << 20;

struct ThreadCall {
    const std::function<void()>* fn;
};

void* thread_main(void* arg)
{
    (*static_cast<ThreadCall*>(arg)->fn)();
    return nullptr;
}

} // namespace

StackLimit StackLimit::with_budget(size_t budget)
{
    auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    return StackLimit(here > budget ? here - budget : 0);
}

StackLimit StackLimit::for_current_thread()
{
#if defined(__GLIBC__)
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void* addr = nullptr;
        size_t size = 0;
        int rc = pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
        auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
        auto low = reinterpret_cast<uintptr_t>(addr);
        // The stack grows down from low + size; keep a quarter of it in reserve.
        if (rc == 0 && size > 0 && here > low && here - low <= size)
            return StackLimit(low + size / 4);
    }
#endif
    return with_budget(kFallbackBudget);
}

void run_with_stack(size_t size, const std::function<void()>& fn)
{
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) {
        fn();
        return;
    }
    ThreadCall call { &fn };
    pthread_t thread;
    bool started = pthread_attr_setstacksize(&attr, size) == 0
        && pthread_create(&thread, &attr, thread_main, &call) == 0;
    pthread_attr_destroy(&attr);
    if (!started) {
        fn();
        return;
    }
    pthread_join(thread, nullptr);
}

} // namespace vitro::lang::types
