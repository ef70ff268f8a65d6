// The HTTP API (docs/http-api.md) and the search page of drama-serve,
// mapped onto the library.
#pragma once

#include "query/serve/router.h"

#include "dramasearch/pipeline.h"
#include "query/serve/serve_config.h"

namespace drama_serve {

// Registers every route and the JSON error handlers on `server`. `config`
// and `pipeline` (used by /api/despin) must outlive it.
void add_routes(Router& server, const ServeConfig& config, const dramasearch::Pipeline& pipeline);

}  // namespace drama_serve
