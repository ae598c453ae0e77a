#pragma once

#include "metrics/Exposition.h"
#include "metrics/ScrapeTarget.h"
#include "metrics/SeriesSet.h"

namespace capataz::cli {

// metrics SERVER --query EXPR for a profile without a Prometheus server: the expression is
// evaluated now over one scrape of the targets. Adds one target's scrape to `data`: each series
// is its name (__name__) and labels plus the target's `job` and `instance` (a label the
// exposition sets itself wins), as the console's series store keeps them; a sample without a
// timestamp gets `scrapeMs`.
void addScrape(metrics::SeriesSet& data, const metrics::Exposition& e, const metrics::ScrapeTarget& target,
               qint64 scrapeMs);

} // namespace capataz::cli
