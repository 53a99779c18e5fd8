#include "commands.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>

#include "batch.h"
#include "whosaid/check.h"

namespace whosaid {
namespace {

std::shared_ptr<const RuleSet> load_or_report(const std::string& dir, bool replace) {
  RuleLoadResult loaded = load_rules(dir, replace);
  for (const auto& d : loaded.diagnostics) fmt::print(stderr, "whosaid: rules: {}\n", d.to_string());
  return loaded.rules;
}

}  // namespace

int run_extract(const ExtractOptions& options) {
  auto rules = load_or_report(options.rules_dir, options.rules_replace);
  if (!rules) return 2;
  auto writer = make_writer(options.format, options.writer);
  if (!writer) {
    fmt::print(stderr, "whosaid: unknown output format '{}' or record kind '{}'\n", options.format,
               options.writer.records);
    return 2;
  }
  int fd = STDOUT_FILENO;
  if (!options.output_path.empty()) {
    fd = ::open(options.output_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
      fmt::print(stderr, "whosaid: {}: cannot write: {}\n", options.output_path, std::strerror(errno));
      return 2;
    }
  }
  OutputStream out(fd);
  Pipeline pipeline(rules, options.stages);
  DocumentSource source(options.inputs, options.input);
  BatchOptions batch;
  batch.threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  batch.progress = options.progress.value_or(isatty(STDERR_FILENO) != 0);
  batch.quiet = options.quiet;
  BatchSummary summary = run_batch(source, pipeline, *writer, out, batch);
  if (fd != STDOUT_FILENO) ::close(fd);
  if (summary.output_closed) return 0;  // `| head`: the reader has what it wanted
  if (summary.output_failed) {
    fmt::print(stderr, "whosaid: cannot write output: {}\n", std::strerror(errno));
    return 2;
  }
  return summary.with_errors ? 1 : 0;
}

int run_check(const CheckOptions& options) {
  auto rules = load_or_report(options.rules_dir, options.rules_replace);
  if (!rules) return 2;
  for (const auto& id : options.ignored) {
    const auto& checks = all_checks();
    if (std::none_of(checks.begin(), checks.end(), [&](const CheckInfo& c) { return id == c.id; })) {
      fmt::print(stderr, "whosaid check: --ignore: unknown check '{}'\n", id);
      return 2;
    }
  }
  Pipeline pipeline(rules);
  DocumentSource source(options.inputs, options.input);
  std::vector<Diagnostic> all;
  bool input_errors = false;
  Document doc;
  while (source.next(doc)) {
    std::string path = doc.source_line ? doc.id : doc.source;
    if (!doc.analysable) {
      input_errors = true;
      for (const auto& p : doc.problems) fmt::print(stderr, "{}: error: {}\n", path, p.message);
      continue;
    }
    pipeline.run(doc);
    for (auto& d : check_document(doc, *rules, path, options.ignored)) {
      if (options.werror && d.level == DiagnosticLevel::Warning) d.level = DiagnosticLevel::Error;
      all.push_back(std::move(d));
    }
  }
  std::string rendered = options.format == "json"    ? diagnostics_as_json(all)
                         : options.format == "sarif" ? diagnostics_as_sarif(all, WHOSAID_VERSION)
                                                     : diagnostics_as_text(all);
  OutputStream(STDOUT_FILENO).write(rendered);
  bool errors = input_errors || std::any_of(all.begin(), all.end(),
                                            [](const Diagnostic& d) { return d.level == DiagnosticLevel::Error; });
  bool warnings =
      std::any_of(all.begin(), all.end(), [](const Diagnostic& d) { return d.level == DiagnosticLevel::Warning; });
  return errors ? 2 : warnings ? 1 : 0;
}

int run_rules_dump(const std::string& dir) {
  std::string error = dump_default_rules(dir);
  if (!error.empty()) {
    fmt::print(stderr, "whosaid: rules dump: {}\n", error);
    return 2;
  }
  return 0;
}

int run_rules_check(const std::string& dir, bool replace) {
  auto rules = load_or_report(dir, replace);
  if (!rules) return 2;
  for (const auto& name : rules->list_names()) fmt::print("list {}: {} entries\n", name, rules->list(name).size());
  return 0;
}

}  // namespace whosaid
