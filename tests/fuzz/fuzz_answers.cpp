// libFuzzer: the setup answers parser (core/setup/Answers, yaml-cpp underneath) never crashes,
// hangs or throws on hostile YAML (deep nesting, aliases, odd scalars), and reading a target
// and every typed getter from whatever it accepted records problems instead of failing.
#include "setup/Answers.h"
#include "setup/SetupTarget.h"

#include <cstdint>
#include <cstdlib>

using namespace capataz::setup;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto answers = parseAnswers(QByteArrayView(data, static_cast<qsizetype>(size)));
    if (!answers) {
        if (answers.error().detail.isEmpty())
            std::abort();
        return 0;
    }
    const SetupTarget t = targetFromAnswers(*answers, {});
    for (const QString& key : answers->values().keys()) {
        const AnswerMap s = answers->section(key);
        (void)s.string(u"x"_s);
        (void)s.stringList(u"x"_s);
        (void)s.map(u"x"_s);
        (void)s.flag(u"x"_s, false);
        (void)s.port(u"x"_s, 22);
        (void)answers->integer(key, 0, -5, 5);
    }
    // No recipes were given, so the recipe is always a problem: the map must say so.
    if (answers->problems().isEmpty() || answers->result().has_value())
        std::abort();
    return 0;
}
