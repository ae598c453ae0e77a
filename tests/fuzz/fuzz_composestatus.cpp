// libFuzzer: the compose status parsers (core/setup/ComposeStatus) never crash; an accepted
// status is consistent: Ready means no failed and no waiting service, every failed service is
// one of the containers, and describe() has one line per container.
#include "setup/ComposeStatus.h"

#include <cstdint>
#include <cstdlib>

using namespace capataz::setup;

namespace {
void checkConsistent(const ComposeStatus& s)
{
    const auto overall = s.overall();
    const QStringList failed = s.failedServices();
    const QStringList waiting = s.waitingServices();
    if (overall == ComposeStatus::Overall::Ready && (!failed.isEmpty() || !waiting.isEmpty()))
        std::abort();
    if (overall == ComposeStatus::Overall::Failed && failed.isEmpty())
        std::abort();
    for (const QString& f : failed) {
        bool known = false;
        for (const auto& c : s.containers)
            known = known || c.service == f;
        if (!known || waiting.contains(f))
            std::abort();
    }
    const QString text = s.describe();
    if (!s.containers.isEmpty() && text.count(u'\n') + 1 < s.containers.size())
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));
    if (auto s = ComposeStatus::parseLines(bytes))
        checkConsistent(*s);
    if (auto s = ComposeStatus::parseInspectJson(bytes))
        checkConsistent(*s);
    return 0;
}
