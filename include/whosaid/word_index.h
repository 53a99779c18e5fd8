// A hash table of words for the lookups made for every token. A lookup may fold ASCII upper case to
// lower case while it hashes and compares, so it copies nothing; keys are stored as inserted.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

template <typename Value>
class WordIndex {
 public:
  void insert(std::string_view key, Value value) {
    if ((size_ + 1) * 2 > hashes_.size()) grow();
    uint64_t h = hash(key, false);
    size_t i = slot_for(key, h, false);
    if (hashes_[i] == kEmpty) ++size_;
    hashes_[i] = h;
    entries_[i] = {std::string(key), std::move(value)};
  }

  // The value stored for `key`, added as `value` when the key is new.
  Value& emplace(std::string_view key, Value value) {
    if ((size_ + 1) * 2 > hashes_.size()) grow();
    uint64_t h = hash(key, false);
    size_t i = slot_for(key, h, false);
    if (hashes_[i] == kEmpty) {
      ++size_;
      hashes_[i] = h;
      entries_[i] = {std::string(key), std::move(value)};
    }
    return entries_[i].value;
  }

  // With fold_case, "Said" finds the key "said" (keys are then expected in lower case).
  const Value* find(std::string_view word, bool fold_case) const {
    if (size_ == 0) return nullptr;
    size_t i = slot_for(word, hash(word, fold_case), fold_case);
    return hashes_[i] == kEmpty ? nullptr : &entries_[i].value;
  }

  bool contains(std::string_view word, bool fold_case) const { return find(word, fold_case) != nullptr; }
  size_t size() const { return size_; }

 private:
  struct Entry {
    std::string key;
    Value value{};
  };
  static constexpr uint64_t kEmpty = 0;
  std::vector<uint64_t> hashes_;  // probed alone: eight slots to a cache line
  std::vector<Entry> entries_;
  size_t size_ = 0;

  static char folded(char c, bool fold_case) {
    return fold_case && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }

  static uint64_t hash(std::string_view s, bool fold_case) {
    uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a
    for (char c : s) h = (h ^ static_cast<unsigned char>(folded(c, fold_case))) * 0x100000001b3ull;
    h ^= h >> 29;
    return h == kEmpty ? 1 : h;
  }

  static bool same(std::string_view word, const std::string& key, bool fold_case) {
    if (word.size() != key.size()) return false;
    for (size_t i = 0; i < word.size(); ++i)
      if (folded(word[i], fold_case) != key[i]) return false;
    return true;
  }

  // The slot holding `key`, or the empty slot where it would go (linear probing; never full).
  size_t slot_for(std::string_view key, uint64_t h, bool fold_case) const {
    size_t mask = hashes_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask)
      if (hashes_[i] == kEmpty || (hashes_[i] == h && same(key, entries_[i].key, fold_case))) return i;
  }

  void grow() {
    std::vector<uint64_t> old_hashes = std::move(hashes_);
    std::vector<Entry> old_entries = std::move(entries_);
    size_t capacity = old_hashes.empty() ? 16 : old_hashes.size() * 2;
    hashes_.assign(capacity, kEmpty);
    entries_.assign(capacity, Entry{});
    for (size_t i = 0; i < old_hashes.size(); ++i) {
      if (old_hashes[i] == kEmpty) continue;
      size_t j = slot_for(old_entries[i].key, old_hashes[i], false);
      hashes_[j] = old_hashes[i];
      entries_[j] = std::move(old_entries[i]);
    }
  }
};

}  // namespace whosaid
