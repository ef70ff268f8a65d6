#include "indexer/analysis/passages.h"

namespace dramasearch::index {

std::size_t original_offset(const Analysis& a, std::size_t text_offset) {
  long delta = 0;  // text offset - original offset, before the current edit
  for (const auto& e : a.edits) {
    if (!e.applied) continue;
    const std::size_t text_begin = e.offset + delta;
    if (text_offset < text_begin) break;
    const std::size_t text_end = text_begin + e.to.size();
    if (text_offset < text_end) return e.offset;
    delta += static_cast<long>(e.to.size()) - static_cast<long>(e.length);
  }
  return static_cast<std::size_t>(static_cast<long>(text_offset) - delta);
}

namespace {

void trim(const std::string& s, std::size_t& b, std::size_t& e) {
  while (b < e && (s[b] == ' ' || s[b] == '\n' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\t')) --e;
}

void emit(const Analysis& a, std::size_t b, std::size_t e, std::size_t tb, std::size_t te,
          std::size_t paragraph, std::vector<Passage>& out) {
  trim(a.text, b, e);
  if (tb >= te || b >= e) return;
  Passage p;
  p.number = out.size();
  p.paragraph = paragraph;
  p.text = a.text.substr(b, e - b);
  std::size_t ob = original_offset(a, b), oe = original_offset(a, e);
  // An offset inside a replaced phrase maps to the phrase start; widen the
  // end so the published span covers the whole phrase.
  for (const auto& ed : a.edits)
    if (ed.applied && ed.offset < oe && ed.offset + ed.length > oe) oe = ed.offset + ed.length;
  trim(a.original, ob, oe);
  p.original = ob < oe ? a.original.substr(ob, oe - ob) : std::string();
  p.token_begin = tb;
  p.token_end = te;
  out.push_back(std::move(p));
}

}  // namespace

std::vector<Passage> split_passages(const Analysis& a, std::size_t max_words) {
  std::vector<Passage> out;
  const std::string& t = a.text;
  std::size_t tok = 0;
  std::size_t para_begin = 0, paragraph = 0;
  while (para_begin < t.size()) {
    std::size_t para_end = t.find("\n\n", para_begin);
    if (para_end == std::string::npos) para_end = t.size();
    // Tokens of this paragraph.
    while (tok < a.tokens.size() && a.tokens[tok].offset < para_begin) ++tok;
    std::size_t tok_end = tok;
    while (tok_end < a.tokens.size() && a.tokens[tok_end].offset < para_end) ++tok_end;

    if (tok_end - tok <= max_words + max_words / 4) {
      emit(a, para_begin, para_end, tok, tok_end, paragraph, out);
    } else {
      // Windows of whole sentences, at most max_words words each.
      std::size_t win_tok = tok, win_begin = para_begin;
      std::size_t k = tok;
      while (k < tok_end) {
        // Extend by one sentence (or by max_words words of an overlong one).
        const std::size_t sentence = a.tokens[k].sentence;
        std::size_t next = k;
        while (next < tok_end && a.tokens[next].sentence == sentence) ++next;
        if (next - win_tok > max_words && k > win_tok) {
          const std::size_t cut = a.tokens[k].offset;
          emit(a, win_begin, cut, win_tok, k, paragraph, out);
          win_tok = k;
          win_begin = cut;
          continue;
        }
        if (next - win_tok > max_words) next = win_tok + max_words;  // overlong sentence
        k = next;
        if (k - win_tok >= max_words && k < tok_end) {
          const std::size_t cut = a.tokens[k].offset;
          emit(a, win_begin, cut, win_tok, k, paragraph, out);
          win_tok = k;
          win_begin = cut;
        }
      }
      emit(a, win_begin, para_end, win_tok, tok_end, paragraph, out);
    }
    if (tok_end > tok) ++paragraph;  // paragraphs without words are not counted
    tok = tok_end;
    para_begin = para_end + 2;
  }
  return out;
}

}  // namespace dramasearch::index
