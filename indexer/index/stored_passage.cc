#include "indexer/index/stored_passage.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace dramasearch::index {
namespace {

// The string at `key`, or `fallback` when absent or not a string.
std::string text_at(const nlohmann::json& j, const char* key, const std::string& fallback = "") {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}

std::optional<std::string> optional_text_at(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// The fields that name the article (decode_article's).
void read_article(const nlohmann::json& j, StoredPassage& out) {
  out.article_id = text_at(j, "article_id");
  out.title = text_at(j, "title");
  out.date = text_at(j, "date");
  out.url = text_at(j, "url");
  out.source = text_at(j, "source");
  const auto spin = j.find("spin");
  out.spin = spin != j.end() && spin->is_number() ? spin->get<double>() : 0.0;
}

}  // namespace

std::string encode(const StoredPassage& p) {
  nlohmann::json cast = nlohmann::json::array();
  for (const auto& c : p.cast)
    cast.push_back({{"name", c.name}, {"character", c.character}, {"drama", c.drama},
                    {"confidence", std::round(c.confidence * 100) / 100}});
  nlohmann::json data = {{"article_id", p.article_id}, {"passage", p.passage}, {"title", p.title},
                         {"date", p.date},             {"url", p.url},         {"source", p.source},
                         {"text", p.text},             {"spin", p.spin},       {"kind", p.kind},
                         {"drama", p.drama},           {"cast", std::move(cast)}};
  if (p.original) data["original"] = *p.original;
  if (p.original_title) data["original_title"] = *p.original_title;
  // Invalid UTF-8 (which the JSON Lines reader passes through) is replaced.
  return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool decode(std::string_view data, StoredPassage& out) {
  const nlohmann::json j = nlohmann::json::parse(data, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return false;
  read_article(j, out);
  const auto passage = j.find("passage");
  out.passage = passage != j.end() && passage->is_number_unsigned() ? passage->get<std::size_t>() : 0;
  out.text = text_at(j, "text");
  out.kind = text_at(j, "kind", "other");
  out.drama = text_at(j, "drama");
  out.cast.clear();
  const auto cast = j.find("cast");
  if (cast != j.end() && cast->is_array())
    for (const auto& c : *cast)
      if (c.is_object()) {
        const auto sure = c.find("confidence");
        out.cast.push_back({text_at(c, "name"), text_at(c, "character"), text_at(c, "drama"),
                            sure != c.end() && sure->is_number() ? std::clamp(sure->get<double>(), 0.0, 1.0) : 1.0});
      }
  out.original = optional_text_at(j, "original");
  out.original_title = optional_text_at(j, "original_title");
  return true;
}

bool decode_article(std::string_view data, StoredPassage& out) {
  // The members of other keys are skipped as they are parsed (a callback
  // returning false for a key drops the key and its value).
  const auto keep = [](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    if (event != nlohmann::json::parse_event_t::key || depth != 1) return true;
    const auto& k = parsed.get_ref<const std::string&>();
    return k == "article_id" || k == "title" || k == "date" || k == "url" || k == "source" || k == "spin";
  };
  const nlohmann::json j = nlohmann::json::parse(data, keep, false);
  if (j.is_discarded() || !j.is_object()) return false;
  read_article(j, out);
  return true;
}

namespace {
// Card fields, each preceded by its length (1-5 bytes, 7 bits a byte, low
// bits first): any byte may appear in a field.
void put_field(std::string& out, std::string_view field) {
  std::size_t n = field.size();
  do {
    const unsigned char low = n & 0x7f;
    n >>= 7;
    out += static_cast<char>(n ? low | 0x80 : low);
  } while (n);
  out += field;
}
bool get_field(std::string_view& in, std::string& field) {
  std::size_t n = 0;
  for (int shift = 0;; shift += 7) {
    if (in.empty() || shift > 28) return false;
    const unsigned char b = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    n |= static_cast<std::size_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) break;
  }
  if (n > in.size()) return false;
  field.assign(in.substr(0, n));
  in.remove_prefix(n);
  return true;
}
constexpr char kCardVersion = '\x01';
}  // namespace

std::string encode_card(const StoredPassage& p) {
  std::string out(1, kCardVersion);
  for (const std::string* f : {&p.article_id, &p.title, &p.date, &p.url, &p.source}) put_field(out, *f);
  return out;
}

bool decode_card(std::string_view value, StoredPassage& out) {
  if (value.empty() || value.front() != kCardVersion) return false;
  value.remove_prefix(1);
  StoredPassage p;
  for (std::string* f : {&p.article_id, &p.title, &p.date, &p.url, &p.source})
    if (!get_field(value, *f)) return false;
  if (!value.empty()) return false;
  out.article_id = std::move(p.article_id);
  out.title = std::move(p.title);
  out.date = std::move(p.date);
  out.url = std::move(p.url);
  out.source = std::move(p.source);
  return true;
}

}  // namespace dramasearch::index
