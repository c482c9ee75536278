// lang/types/std_packages.h — whether an import path names a package of Go's standard library.
#pragma once

#include <string_view>

namespace vitro::lang::types {

bool is_go_std_package(std::string_view path);

} // namespace vitro::lang::types
