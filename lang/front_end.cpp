// lang/front_end.cpp — the table-driven Importer; parse_file and check_file live in
// parse.cpp and types/.
#include "lang/front_end.h"

namespace vitro::lang {

void TableImporter::add(std::string import_path, support::SourceFile file)
{
    m_files.insert_or_assign(std::move(import_path), std::move(file));
}

const support::SourceFile* TableImporter::find(std::string_view import_path) const
{
    auto it = m_files.find(import_path);
    return it == m_files.end() ? nullptr : &it->second;
}

} // namespace vitro::lang
