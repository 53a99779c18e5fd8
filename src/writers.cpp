#include "whosaid/writers.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "json_escape.h"
#include "offsets.h"

namespace whosaid {

bool OutputStream::write(std::string_view data) {
  while (!data.empty() && !broken_ && !failed_) {
    ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      (errno == EPIPE ? broken_ : failed_) = true;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return !broken_ && !failed_;
}

namespace {

// "E1", "Q3": a record's id from its kind letter and its index.
std::string record_id(char kind, size_t index) { return fmt::format("{}{}", kind, index + 1); }

std::string entity_ref(int32_t index) { return record_id('E', static_cast<size_t>(index)); }

std::string titles_joined(const Entity& e) {
  std::string out;
  for (const auto& t : e.titles) out += (out.empty() ? "" : "; ") + t;
  return out;
}

std::string roles_joined(uint8_t roles, const char* sep) {
  std::string out;
  auto add = [&](const char* r) { out += (out.empty() ? "" : sep) + std::string(r); };
  if (roles & kSpeaker) add("speaker");
  if (roles & kAddressee) add("addressee");
  if (roles & kMentioned) add("mentioned");
  return out;
}

class RecordBuilder {
 public:
  RecordBuilder(const Document& doc, OffsetUnit unit, std::string& out, bool pretty)
      : doc_(doc), offsets_(doc.text, unit), json_(out, pretty) {}

  void build() {
    json_.begin_object();
    json_.key("schema").value(int64_t{1});
    json_.key("id").value(doc_.id);
    json_.key("dct");
    doc_.dct ? json_.value(*doc_.dct) : json_.null();
    entities();
    quotes();
    dates();
    stances();
    problems();
    json_.end_object();
  }

 private:
  const Document& doc_;
  OffsetMap offsets_;
  JsonBuilder json_;

  void offsets_of(ByteSpan s) {
    json_.key("start").value(static_cast<int64_t>(offsets_.convert(s.begin)));
    json_.key("end").value(static_cast<int64_t>(offsets_.convert(s.end)));
  }

  void span_fields(ByteSpan s) {
    json_.key("text").value(doc_.slice(s));
    offsets_of(s);
  }

  void span(ByteSpan s) {
    json_.begin_object();
    span_fields(s);
    json_.end_object();
  }

  void optional_span(const char* name, const std::optional<ByteSpan>& s) {
    json_.key(name);
    s ? span(*s) : void(json_.null());
  }

  void entity_or_null(const char* name, int32_t index) {
    json_.key(name);
    index >= 0 ? json_.value(entity_ref(index)) : json_.null();
  }

  void entities() {
    json_.key("entities").begin_array();
    for (size_t i = 0; i < doc_.entities.size(); ++i) {
      const Entity& e = doc_.entities[i];
      json_.begin_object();
      json_.key("id").value(entity_ref(static_cast<int32_t>(i)));
      json_.key("name").value(e.name);
      json_.key("type").value(to_string(e.type));
      json_.key("titles").begin_array();
      for (const auto& t : e.titles) json_.value(t);
      json_.end_array();
      json_.key("affiliation");
      e.affiliation.empty() ? json_.null() : json_.value(e.affiliation);
      json_.key("roles").begin_array();
      if (e.roles & kSpeaker) json_.value("speaker");
      if (e.roles & kAddressee) json_.value("addressee");
      if (e.roles & kMentioned) json_.value("mentioned");
      json_.end_array();
      json_.key("mentions").begin_array();
      for (uint32_t m : e.mentions) mention(doc_.mentions[m]);
      json_.end_array();
      json_.key("rule").value(e.rule);
      json_.end_object();
    }
    json_.end_array();
  }

  void mention(const Mention& m) {
    json_.begin_object();
    span_fields(m.span);
    json_.key("kind").value(to_string(m.kind));
    json_.key("confidence").value(static_cast<double>(m.confidence));
    json_.key("rule").value(m.rule);
    json_.end_object();
  }

  void quotes() {
    json_.key("quotes").begin_array();
    for (size_t i = 0; i < doc_.quotes.size(); ++i) {
      const Quote& q = doc_.quotes[i];
      json_.begin_object();
      json_.key("id").value(record_id('Q', i));
      json_.key("type").value(to_string(q.type));
      json_.key("kind").value(to_string(q.kind));
      span_fields(q.content);
      if (q.segments.size() > 1) {
        json_.key("segments").begin_array();
        for (const auto& s : q.segments) span(s);
        json_.end_array();
      }
      entity_or_null("speaker", q.speaker);
      json_.key("speaker_name");
      q.speaker >= 0 ? json_.value(doc_.entities[static_cast<size_t>(q.speaker)].name) : json_.null();
      json_.key("co_speakers").begin_array();
      for (int32_t co : q.co_speakers) json_.value(entity_ref(co));
      json_.end_array();
      optional_span("speaker_mention", q.speaker_mention);
      optional_span("cue", q.cue);
      entity_or_null("addressee", q.addressee);
      json_.key("date");
      q.date >= 0 ? json_.value(record_id('T', static_cast<size_t>(q.date))) : json_.null();
      json_.key("floating").value(q.floating);
      json_.key("confidence").value(static_cast<double>(q.confidence));
      json_.key("rule").value(q.rule);
      json_.end_object();
    }
    json_.end_array();
  }

  void dates() {
    json_.key("dates").begin_array();
    for (size_t i = 0; i < doc_.dates.size(); ++i) {
      const DateExpr& d = doc_.dates[i];
      json_.begin_object();
      json_.key("id").value(record_id('T', i));
      span_fields(d.span);
      json_.key("type").value(to_string(d.type));
      json_.key("value").value(d.value);
      json_.key("mod");
      d.mod.empty() ? json_.null() : json_.value(d.mod);
      json_.key("rule").value(d.rule);
      json_.end_object();
    }
    json_.end_array();
  }

  void stances() {
    json_.key("stances").begin_array();
    for (size_t i = 0; i < doc_.stances.size(); ++i) {
      const Stance& s = doc_.stances[i];
      json_.begin_object();
      json_.key("id").value(record_id('S', i));
      entity_or_null("holder", s.holder);
      json_.key("holder_name").value(s.holder_name);
      optional_span("holder_mention", s.holder_mention);
      json_.key("label").value(s.label);
      json_.key("polarity").value(to_string(s.polarity));
      json_.key("cue");
      span(s.cue);
      optional_span("target", s.target);
      json_.key("quote");
      s.quote >= 0 ? json_.value(record_id('Q', static_cast<size_t>(s.quote))) : json_.null();
      json_.key("negated").value(s.negated);
      json_.key("conditional").value(s.conditional);
      json_.key("confidence").value(static_cast<double>(s.confidence));
      json_.key("rule").value(s.rule);
      json_.end_object();
    }
    json_.end_array();
  }

  void problems() {
    json_.key("errors").begin_array();
    for (const auto& p : doc_.problems) {
      json_.begin_object();
      json_.key("severity").value(p.severity == Severity::Error ? "error" : "warning");
      json_.key("code").value(p.code);
      json_.key("message").value(p.message);
      if (doc_.source_line) json_.key("line").value(static_cast<int64_t>(doc_.source_line));
      if (p.offset) json_.key("offset").value(static_cast<int64_t>(offsets_.convert(*p.offset)));
      json_.end_object();
    }
    json_.end_array();
  }
};

class JsonLinesWriter : public Writer {
 public:
  explicit JsonLinesWriter(OffsetUnit unit) : unit_(unit) {}
  std::string format(const Document& doc) const override {
    std::string record = to_json(doc, unit_, false);
    record.push_back('\n');
    return record;
  }
  void emit(std::string record, OutputStream& out) override { out.write(record); }
  void finish(OutputStream&) override {}

 private:
  OffsetUnit unit_;
};

// One document: one object. Several: an array. Which one is known only at the second record.
class JsonWriter : public Writer {
 public:
  explicit JsonWriter(OffsetUnit unit) : unit_(unit) {}
  std::string format(const Document& doc) const override { return to_json(doc, unit_, true); }
  void emit(std::string record, OutputStream& out) override {
    if (count_++ == 0) {
      first_ = std::move(record);
      return;
    }
    if (count_ == 2) {
      out.write("[\n");
      out.write(first_);
      first_.clear();
    }
    out.write(",\n");
    out.write(record);
  }
  void finish(OutputStream& out) override {
    if (count_ == 0) out.write("[]\n");
    if (count_ == 1) out.write(first_ + "\n");
    if (count_ >= 2) out.write("\n]\n");
  }

 private:
  OffsetUnit unit_;
  size_t count_ = 0;
  std::string first_;
};

void append_csv_field(std::string& out, std::string_view field) {
  bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

class CsvRow {
 public:
  explicit CsvRow(std::string& out) : out_(out) {}
  ~CsvRow() { out_.append("\r\n"); }
  CsvRow& operator<<(std::string_view field) {
    if (!first_) out_.push_back(',');
    first_ = false;
    append_csv_field(out_, field);
    return *this;
  }
  CsvRow& operator<<(uint64_t n) { return *this << std::string_view(std::to_string(n)); }

 private:
  std::string& out_;
  bool first_ = true;
};

class CsvWriter : public Writer {
 public:
  CsvWriter(OffsetUnit unit, std::string records) : unit_(unit), records_(std::move(records)) {}

  static bool knows(std::string_view records) {
    return records == "quotes" || records == "entities" || records == "dates" || records == "stances";
  }

  std::string format(const Document& doc) const override {
    std::string out;
    OffsetMap offsets(doc.text, unit_);
    if (records_ == "quotes") quote_rows(doc, offsets, out);
    if (records_ == "entities") entity_rows(doc, out);
    if (records_ == "dates") date_rows(doc, offsets, out);
    if (records_ == "stances") stance_rows(doc, offsets, out);
    return out;
  }

  void emit(std::string record, OutputStream& out) override {
    if (!header_written_) {
      out.write(header());
      header_written_ = true;
    }
    out.write(record);
  }

  void finish(OutputStream& out) override {
    if (!header_written_) out.write(header());
  }

 private:
  OffsetUnit unit_;
  std::string records_;
  bool header_written_ = false;

  std::string header() const {
    if (records_ == "quotes")
      return "doc_id,quote_id,type,kind,speaker_id,speaker_name,speaker_titles,speaker_mention,co_speaker_names,cue,"
             "addressee,date,date_value,stances,text,start,end,confidence,rule\r\n";
    if (records_ == "entities") return "doc_id,entity_id,name,type,titles,affiliation,roles,mentions,rule\r\n";
    if (records_ == "dates") return "doc_id,date_id,text,start,end,type,value,mod,rule\r\n";
    return "doc_id,stance_id,holder_id,holder_name,label,polarity,cue,target,quote_id,negated,conditional,rule\r\n";
  }

  static std::string_view optional_text(const Document& doc, const std::optional<ByteSpan>& s) {
    return s ? doc.slice(*s) : std::string_view();
  }

  static std::string co_speaker_names(const Document& doc, const Quote& q) {
    std::string out;
    for (int32_t co : q.co_speakers) out += (out.empty() ? "" : ";") + doc.entities[static_cast<size_t>(co)].name;
    return out;
  }

  static std::string stance_labels(const Document& doc, size_t quote) {
    std::string out;
    for (const auto& s : doc.stances)
      if (s.quote == static_cast<int32_t>(quote)) out += (out.empty() ? "" : ";") + s.label;
    return out;
  }

  void quote_rows(const Document& doc, const OffsetMap& offsets, std::string& out) const {
    for (size_t i = 0; i < doc.quotes.size(); ++i) {
      const Quote& q = doc.quotes[i];
      const Entity* speaker = q.speaker >= 0 ? &doc.entities[static_cast<size_t>(q.speaker)] : nullptr;
      const Entity* addressee = q.addressee >= 0 ? &doc.entities[static_cast<size_t>(q.addressee)] : nullptr;
      const DateExpr* date = q.date >= 0 ? &doc.dates[static_cast<size_t>(q.date)] : nullptr;
      CsvRow row(out);
      row << doc.id << record_id('Q', i) << to_string(q.type) << to_string(q.kind)
          << (speaker ? entity_ref(q.speaker) : "") << (speaker ? speaker->name : "")
          << (speaker ? titles_joined(*speaker) : "") << optional_text(doc, q.speaker_mention)
          << co_speaker_names(doc, q) << optional_text(doc, q.cue) << (addressee ? addressee->name : "")
          << (date ? doc.slice(date->span) : "") << (date ? date->value : "") << stance_labels(doc, i)
          << doc.slice(q.content) << offsets.convert(q.content.begin) << offsets.convert(q.content.end)
          << fmt::format("{:.2f}", q.confidence) << q.rule;
    }
  }

  void entity_rows(const Document& doc, std::string& out) const {
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      const Entity& e = doc.entities[i];
      CsvRow row(out);
      row << doc.id << entity_ref(static_cast<int32_t>(i)) << e.name << to_string(e.type) << titles_joined(e)
          << e.affiliation << roles_joined(e.roles, ";") << uint64_t{e.mentions.size()} << e.rule;
    }
  }

  void date_rows(const Document& doc, const OffsetMap& offsets, std::string& out) const {
    for (size_t i = 0; i < doc.dates.size(); ++i) {
      const DateExpr& d = doc.dates[i];
      CsvRow row(out);
      row << doc.id << record_id('T', i) << doc.slice(d.span) << offsets.convert(d.span.begin)
          << offsets.convert(d.span.end) << to_string(d.type) << d.value << d.mod << d.rule;
    }
  }

  void stance_rows(const Document& doc, const OffsetMap&, std::string& out) const {
    for (size_t i = 0; i < doc.stances.size(); ++i) {
      const Stance& s = doc.stances[i];
      CsvRow row(out);
      row << doc.id << record_id('S', i) << (s.holder >= 0 ? entity_ref(s.holder) : "") << s.holder_name << s.label
          << to_string(s.polarity) << doc.slice(s.cue) << optional_text(doc, s.target)
          << (s.quote >= 0 ? record_id('Q', static_cast<size_t>(s.quote)) : "") << (s.negated ? "true" : "false")
          << (s.conditional ? "true" : "false") << s.rule;
    }
  }
};

// For a person at a terminal: who said what, when.
class TextWriter : public Writer {
 public:
  std::string format(const Document& doc) const override {
    std::string out = fmt::format("== {}{}\n", doc.id, doc.dct ? " (" + *doc.dct + ")" : "");
    for (const auto& q : doc.quotes) out += quote_line(doc, q);
    if (doc.quotes.empty()) out += "   no quotes\n";
    for (const auto& e : doc.entities) {
      bool named = std::any_of(e.mentions.begin(), e.mentions.end(),
                               [&](uint32_t m) { return doc.mentions[m].kind == MentionKind::Name; });
      if (e.type != EntityType::Person || !named) continue;  // "a senior official" is no one to list
      out += fmt::format("   person: {}{}{}\n", e.name, e.titles.empty() ? "" : ", " + e.titles.front(),
                         e.affiliation.empty() ? "" : " (" + e.affiliation + ")");
    }
    for (const auto& s : doc.stances)
      out += fmt::format("   stance: {}{}: {}{} [{}]\n", s.negated ? "not " : "", s.label,
                         s.holder_name.empty() ? "?" : s.holder_name,
                         s.target ? " -> " + std::string(doc.slice(*s.target)) : "", s.rule);
    for (const auto& p : doc.problems)
      out += fmt::format("   {}: {}\n", p.severity == Severity::Error ? "error" : "warning", p.message);
    return out;
  }
  void emit(std::string record, OutputStream& out) override {
    if (count_++) out.write("\n");
    out.write(record);
  }
  void finish(OutputStream&) override {}

 private:
  size_t count_ = 0;

  static std::string quote_line(const Document& doc, const Quote& q) {
    std::string who = "(unattributed)";
    if (q.speaker >= 0) {
      const Entity& e = doc.entities[static_cast<size_t>(q.speaker)];
      who = e.name;
      if (!e.titles.empty()) who += " (" + e.titles.front() + ")";
      for (size_t i = 0; i < q.co_speakers.size(); ++i)
        who +=
            (i + 1 == q.co_speakers.size() ? " and " : ", ") + doc.entities[static_cast<size_t>(q.co_speakers[i])].name;
    } else if (q.speaker_mention) {
      who = std::string(doc.slice(*q.speaker_mention));
    }
    std::string when;
    if (q.date >= 0) {
      const DateExpr& d = doc.dates[static_cast<size_t>(q.date)];
      when = fmt::format(", {} ({})", doc.slice(d.span), d.value);
    }
    std::string to = q.addressee >= 0 ? " to " + doc.entities[static_cast<size_t>(q.addressee)].name : "";
    std::string open = q.type == QuoteType::Direct ? "\xE2\x80\x9C" : "";
    std::string close = q.type == QuoteType::Direct ? "\xE2\x80\x9D" : "";
    std::string said;
    for (const auto& segment : q.segments) said += (said.empty() ? "" : " ... ") + std::string(doc.slice(segment));
    if (said.empty()) said = doc.slice(q.content);
    return fmt::format("   {}{}{}: {}{}{} [{}]\n", who, to, when, open, said, close, q.rule);
  }
};

}  // namespace

std::string to_json(const Document& doc, OffsetUnit offsets, bool pretty) {
  std::string out;
  out.reserve(doc.text.size() / 2 + 256);
  RecordBuilder(doc, offsets, out, pretty).build();
  return out;
}

std::unique_ptr<Writer> make_writer(std::string_view name, const WriterOptions& options) {
  if (name == "jsonl") return std::make_unique<JsonLinesWriter>(options.offsets);
  if (name == "json") return std::make_unique<JsonWriter>(options.offsets);
  if (name == "csv" && CsvWriter::knows(options.records))
    return std::make_unique<CsvWriter>(options.offsets, options.records);
  if (name == "text") return std::make_unique<TextWriter>();
  return nullptr;
}

}  // namespace whosaid
