#pragma once

#include "stack/ComposeProject.h"

namespace capataz::stack {

// What `docker compose -f base.yml -f override.yml` makes of two files, following the compose
// spec's merge rules as far as this model goes:
//  - services are matched by name; a new name is appended; top-level volumes and networks are
//    unions by name;
//  - scalars (image, container_name, build context) set in the override win; unset keep base;
//  - `ports`: appended, an entry equal to one already there (host IP, published, target,
//    protocol) is not repeated;
//  - `volumes`: merged by container path (target): the override's mount replaces the base's;
//  - `environment`: merged by variable name, the override's value wins, new names appended;
//  - `env_file`, `depends_on`, `profiles`, `networks`: appended without repeats;
//  - `healthcheck`: the override's state wins when it sets one;
//  - variable references: the base's followed by the override's.
// A key the override tags `!override` takes the override's value as it is (`ports: !override
// ["127.0.0.1:5432:5432"]` leaves only that port); a key tagged `!reset` is emptied (compose
// >= 2.24.4; see ComposeService::replacedKeys). merge(p, p) leaves p's services, volumes and
// networks unchanged (only references are listed twice).
[[nodiscard]] ComposeProject mergeCompose(const ComposeProject& base, const ComposeProject& overlay);

} // namespace capataz::stack
