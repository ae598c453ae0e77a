// libFuzzer target for the compose parser (core/stack/ComposeParser). Properties: parsing never
// crashes, hangs or throws (yaml-cpp's exceptions stay inside the adapter; hostile nesting and
// alias bombs are refused before or while walking); a parsed project is sane (ports have a
// target, references have a name); merging a project with itself changes nothing but the
// reference list, and merging again is stable.
#include "stack/ComposeMerge.h"
#include "stack/ComposeParser.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

using namespace capataz::stack;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto project = parseCompose(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!project) {
        if (project.error().detail.isEmpty())
            std::abort();
        return 0;
    }
    for (const auto& s : project->services) {
        if (s.name.isEmpty())
            std::abort();
        for (const auto& p : s.ports) {
            if (p.target.isEmpty() || (p.isExposedBeyondLoopback() && !p.isPublished()))
                std::abort();
            if (p.publishedPort() < 0 || p.publishedPort() > 65535)
                std::abort();
        }
    }
    for (const auto& r : project->references) {
        if (r.name.isEmpty())
            std::abort();
    }
    (void)project->servicesFor({QStringLiteral("*")});
    (void)project->exposedPorts();
    const auto refs = project->variableReferences();

    const ComposeProject twice = mergeCompose(*project, *project);
    if (twice.services != project->services || twice.volumes != project->volumes ||
        twice.networks != project->networks || twice.variableReferences() != refs)
        std::abort();
    const ComposeProject thrice = mergeCompose(twice, *project);
    if (thrice.services != twice.services)
        std::abort();
    return 0;
}
