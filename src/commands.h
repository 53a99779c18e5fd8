// The commands behind the command line: what main() calls once the arguments are parsed.
// Each returns the process exit code: 0 all fine, 1 some documents had errors, 2 usage or rules error.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "input.h"
#include "whosaid/pipeline.h"
#include "whosaid/writers.h"

namespace whosaid {

struct ExtractOptions {
  std::vector<std::string> inputs;
  InputOptions input;
  std::string format = "jsonl";
  WriterOptions writer;
  std::string output_path;  // empty: stdout
  std::string rules_dir;
  bool rules_replace = false;
  StageSelection stages;
  unsigned threads = 0;          // 0: all cores
  std::optional<bool> progress;  // unset: on when stderr is a terminal
  bool quiet = false;
};

int run_extract(const ExtractOptions& options);

struct CheckOptions {
  std::vector<std::string> inputs;
  InputOptions input;
  std::string format = "text";  // text, json or sarif
  std::set<std::string> ignored;
  bool werror = false;  // warnings count as errors
  std::string rules_dir;
  bool rules_replace = false;
};

int run_check(const CheckOptions& options);
int run_rules_dump(const std::string& dir);
int run_rules_check(const std::string& dir, bool replace);

}  // namespace whosaid
