// QueryParser field processor for the entity filters cast:, drama:,
// character: and kind:, which need the same case folding as the indexer.
#pragma once

#include <string>

#include <xapian.h>

namespace dramasearch::search {

class EntityField : public Xapian::FieldProcessor {
 public:
  explicit EntityField(std::string prefix) : prefix_(std::move(prefix)) {}
  Xapian::Query operator()(const std::string& text) override;

 private:
  std::string prefix_;
};

}  // namespace dramasearch::search
