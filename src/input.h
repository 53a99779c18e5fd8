// Inputs: files, folders and stdin, as plain text or JSON Lines article dumps.
//
// A DocumentSource yields one Document per article, in a fixed order (arguments in the order given,
// folders walked in sorted order). It never throws and never skips an article silently: an
// unreadable file or a malformed JSON line becomes a Document with its problem recorded and
// analysable = false.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "whosaid/document.h"

namespace whosaid {

enum class InputFormat { Auto, Text, JsonLines };

struct InputOptions {
  InputFormat format = InputFormat::Auto;
  std::string id_field = "id";
  std::string text_field = "text";
  std::string date_field;          // empty: the first of dct, date, published
  std::optional<std::string> dct;  // for documents without a date of their own
};

// "2022-02-02", "2022-02-02T10:00:00Z" -> "2022-02-02"; anything else -> nullopt.
std::optional<std::string> parse_iso_date(std::string_view s);

class DocumentSource {
 public:
  DocumentSource(std::vector<std::string> arguments, InputOptions options);
  ~DocumentSource();
  DocumentSource(const DocumentSource&) = delete;
  DocumentSource& operator=(const DocumentSource&) = delete;

  // Fills `doc` with the next article. Returns false when every input is used up.
  bool next(Document& doc);
  uint64_t total_bytes() const { return total_bytes_; }  // 0 when unknown (stdin)
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  struct Input {
    std::string path;  // "-" for stdin
    bool jsonl = false;
    std::string problem;  // set when the argument cannot be read at all
  };
  struct JsonLineReader;

  InputOptions options_;
  std::vector<Input> inputs_;
  size_t next_input_ = 0;
  std::unique_ptr<JsonLineReader> lines_;
  uint64_t total_bytes_ = 0;
  uint64_t bytes_read_ = 0;

  void expand(const std::string& argument);
  void read_text_file(const Input& input, Document& doc);
  bool next_json_line(Document& doc);
  void parse_json_line(std::string_view line, Document& doc);
  void start_document(Document& doc, const std::string& source, uint64_t line);
};

}  // namespace whosaid
