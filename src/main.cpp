// whosaid: who said what, to whom, when, and with what stance. This file only parses the command
// line; the work is done by the commands in commands.cpp.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <csignal>

#include "commands.h"

namespace {

using whosaid::ExtractOptions;

void add_extract_options(CLI::App& app, ExtractOptions& o, std::string& input_format, std::string& offsets,
                         std::string& stages) {
  app.add_option("inputs", o.inputs, "Files or folders to read (.txt .md .jsonl .ndjson); '-' or none: stdin");
  app.add_option("-f,--format", o.format, "Output: json, jsonl, csv or text")
      ->check(CLI::IsMember({"json", "jsonl", "csv", "text"}))
      ->capture_default_str();
  app.add_option("-o,--output", o.output_path, "Write to FILE instead of stdout");
  app.add_option("--records", o.writer.records, "CSV rows: quotes, entities, dates or stances")
      ->check(CLI::IsMember({"quotes", "entities", "dates", "stances"}))
      ->capture_default_str();
  app.add_option("--offsets", offsets, "Offset unit: codepoint, byte or utf16")
      ->check(CLI::IsMember({"codepoint", "byte", "utf16"}))
      ->capture_default_str();
  app.add_option("--input", input_format, "Input kind: auto, text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}))
      ->capture_default_str();
  app.add_option("--id-field", o.input.id_field, "JSON Lines field holding the document id")->capture_default_str();
  app.add_option("--text-field", o.input.text_field, "JSON Lines field holding the article text")
      ->capture_default_str();
  app.add_option("--date-field", o.input.date_field,
                 "JSON Lines field holding the publication date (default: dct, date or published)");
  app.add_option("--dct", o.input.dct, "Publication date YYYY-MM-DD for documents without one")
      ->check([](const std::string& s) {
        return whosaid::parse_iso_date(s) && s.size() == 10 ? "" : "expected YYYY-MM-DD";
      });
  app.add_option("--rules", o.rules_dir, "Folder of rule files that overlay the built-in rules");
  app.add_flag("--rules-only", o.rules_replace, "Use only the rules of --rules DIR, not the built-in ones");
  app.add_option("--stages", stages,
                 "Stages after the tokenizer, comma-separated: entities,dates,quotes,stances, or none")
      ->capture_default_str();
  app.add_option("-j,--threads", o.threads, "Worker threads (default: all cores)");
  app.add_flag("--progress,!--no-progress", o.progress,
               "Force the progress bar on or off (default: on for a terminal)");
  app.add_flag("-q,--quiet", o.quiet, "Do not print per-document problems on stderr");
}

bool apply_choices(ExtractOptions& o, const std::string& input_format, const std::string& offsets,
                   const std::string& stages) {
  o.input.format = input_format == "text"    ? whosaid::InputFormat::Text
                   : input_format == "jsonl" ? whosaid::InputFormat::JsonLines
                                             : whosaid::InputFormat::Auto;
  o.writer.offsets = offsets == "byte"    ? whosaid::OffsetUnit::Byte
                     : offsets == "utf16" ? whosaid::OffsetUnit::Utf16
                                          : whosaid::OffsetUnit::CodePoint;
  o.stages = {false, false, false, false};
  for (const auto& s : CLI::detail::split(stages, ',')) {
    if (s == "entities")
      o.stages.entities = true;
    else if (s == "dates")
      o.stages.dates = true;
    else if (s == "quotes")
      o.stages.quotes = true;
    else if (s == "stances")
      o.stages.stances = true;
    else if (!s.empty() && s != "none")
      return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed stdout shows up as EPIPE and ends the run quietly
  CLI::App app{"whosaid: who said what, to whom, when, and with what stance, in news articles"};
  app.set_version_flag("-V,--version", WHOSAID_VERSION);
  ExtractOptions options;
  std::string input_format = "auto", offsets = "codepoint", stages = "entities,dates,quotes,stances";
  add_extract_options(app, options, input_format, offsets, stages);

  auto* rules = app.add_subcommand("rules", "Work with rule files");
  rules->require_subcommand(1);
  std::string rules_dir;
  auto* dump = rules->add_subcommand("dump", "Write the built-in rules into DIR");
  dump->add_option("dir", rules_dir, "Target folder")->required();
  auto* check =
      rules->add_subcommand("check", "Load the rules (built-in, overlaid with --rules DIR) and report problems");

  whosaid::CheckOptions check_options;
  std::vector<std::string> ignored;
  auto* lint = app.add_subcommand(
      "check", "Report unattributed, ambiguous or inconsistent attributions, like compiler warnings");
  lint->add_option("inputs", check_options.inputs,
                   "Articles to check (text files, folders, JSON Lines, or - for stdin)");
  lint->add_option("-f,--format", check_options.format, "Diagnostics as text, json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->capture_default_str();
  lint->add_option("--ignore", ignored, "A check to switch off (repeatable): e.g. anonymous-source")
      ->expected(1)
      ->allow_extra_args(false)
      ->take_all();
  lint->add_flag("--werror", check_options.werror, "Treat warnings as errors (exit 2)");
  lint->add_option("--rules", check_options.rules_dir, "Folder of rule files that overlay the built-in rules");
  lint->add_option("--dct", check_options.input.dct, "Publication date YYYY-MM-DD for documents without one");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  if (dump->parsed()) return whosaid::run_rules_dump(rules_dir);
  if (lint->parsed()) {
    check_options.ignored.insert(ignored.begin(), ignored.end());
    return whosaid::run_check(check_options);
  }
  if (check->parsed()) return whosaid::run_rules_check(options.rules_dir, options.rules_replace);
  if (!apply_choices(options, input_format, offsets, stages)) {
    fmt::print(stderr, "whosaid: --stages: unknown stage in '{}'\n", stages);
    return 2;
  }
  return whosaid::run_extract(options);
}
