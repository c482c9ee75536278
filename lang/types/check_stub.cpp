// lang/types/check_stub.cpp — FIXME: placeholder until the checker lands; delete then.
#include "lang/front_end.h"

namespace vitro::lang {
types::Package* check_file(File*, const Importer&, support::Arena&, support::Diagnostics&)
{
    return nullptr;
}
} // namespace vitro::lang
