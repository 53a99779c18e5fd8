# Writes OUTPUT, a C++ source holding every file under RULES_DIR as the default rule set.
# Bytes are written as hex so that no content can break the generated source.
file(GLOB_RECURSE files RELATIVE "${RULES_DIR}" "${RULES_DIR}/*")
list(SORT files)
set(body "")
set(table "")
set(index 0)
foreach(rel IN LISTS files)
  if(rel MATCHES "(^|/)\\." OR rel MATCHES "~$")
    continue()
  endif()
  file(READ "${RULES_DIR}/${rel}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," hex "${hex}")
  string(APPEND body "constexpr char kFile${index}[] = {${hex} '\\0'};\n")
  string(APPEND table "    {\"${rel}\", std::string_view(kFile${index}, sizeof(kFile${index}) - 1)},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from rules/ by cmake/embed_rules.cmake. Do not edit.
#include <string_view>
#include <utility>
#include <vector>

namespace whosaid::detail {
namespace {
${body}}  // namespace

const std::vector<std::pair<std::string_view, std::string_view>>& embedded_rule_files() {
  static const std::vector<std::pair<std::string_view, std::string_view>> files = {
${table}  };
  return files;
}
}  // namespace whosaid::detail
")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
file(REMOVE "${OUTPUT}.tmp")
