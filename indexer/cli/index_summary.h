// drama-index's summary line, printed after every indexing run.
#pragma once

#include <cstdio>
#include <ostream>

#include "dramasearch/indexing_run.h"

namespace dramasearch::tools {

inline void print_summary(std::ostream& out, const IndexingSummary& s, double seconds) {
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.2f", seconds);
  if (s.bulk_load_restarted)
    out << "drama-index: the unfinished bulk load was written before the machine restarted; started it over "
           "with this run's inputs\n";
  if (s.interrupted) out << "drama-index: interrupted; complete articles are committed\n";
  if (s.added + s.replaced + s.removed == 0 && !s.interrupted) out << "nothing changed: ";
  out << "indexed " << (s.added + s.replaced) << " articles (" << s.added << " new, " << s.replaced
      << " replaced), " << s.unchanged << " unchanged, " << s.removed << " removed, " << s.skipped
      << " skipped; " << s.passages << " passages written; index holds " << s.index_articles << " articles, "
      << s.index_passages << " passages" << (s.compacted ? ", compacted into one database" : "") << "; " << secs
      << " s\n";
}

}  // namespace dramasearch::tools
